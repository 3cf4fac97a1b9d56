package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.colibri.content.ImageRef;
import org.colibri.content.Item;
import org.colibri.content.ItemStore;
import org.colibri.content.Kind;
import org.colibri.content.OfferFields;
import org.colibri.content.OfferStatus;
import org.colibri.content.SourceText;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Severity;
import org.colibri.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

/** A parsed item read back from the cache equals the one the parser made, value types included. */
class ItemCodecTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anOfferWithEveryFieldAndParamTypeReadsBackEqual() throws IOException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("ville", "Lomé");
        nested.put("effectif", 12L);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sousTitre", "« Éducation » pour tou·tes");
        params.put("rang", 3L);
        params.put("note", 4.5);
        params.put("enAvant", true);
        params.put("partenaires", List.of("ONG A", "ONG B"));
        params.put("lieu", Collections.unmodifiableMap(nested));
        Item item = new Item(Kind.OFFER, "content/offers/stage/index.md", "content/offers/stage", "stage",
                "Stage « communication »", ZonedDateTime.of(2024, 10, 1, 0, 0, 0, 0, PARIS),
                ZonedDateTime.of(2024, 10, 5, 9, 30, 0, 0, PARIS), List.of("Togo", "Santé"), "Résumé", false,
                "offre", "Équipe", new ImageRef("affiche.jpg", "Affiche", "Légende", "© NGO", 9),
                List.of("/ancien/"), Collections.unmodifiableMap(params), SourceText.of(""), 14,
                Map.of("", 1, "title", 2, "deadline", 5),
                new OfferFields("internship", LocalDate.of(2024, 12, 1), OfferStatus.FILLED, true, "Lomé", "6 mois",
                        "Stage", "rh@example.org"), null);
        List<Diagnostic> diagnostics = List.of(new Diagnostic(Severity.WARNING,
                new SourceLocation("content/offers/stage/index.md", 7, 0), "unknown key 'sumary'", null));
        ItemStore.Stored stored = new ItemStore.Stored(item, 120, diagnostics);

        ItemStore.Stored back = roundTrip(stored);

        assertThat(back).isEqualTo(stored);
        assertThat(back.item().params().get("rang")).isInstanceOf(Long.class);
        assertThat(back.item().params().get("note")).isInstanceOf(Double.class);
        assertThat(back.item().params().keySet()).containsExactly("sousTitre", "rang", "note", "enAvant",
                "partenaires", "lieu");
    }

    @Test
    void aPageWithoutDatesImageOrOfferReadsBackEqual() throws IOException {
        Item item = new Item(Kind.PAGE, "content/pages/a-propos.md", null, "a-propos", "À propos", null, null,
                List.of(), null, true, null, "", null, List.of(), Map.of(), SourceText.of(""), 4, Map.of("", 1), null,
                null);
        ItemStore.Stored stored = new ItemStore.Stored(item, 30, List.of());
        assertThat(roundTrip(stored)).isEqualTo(stored);
    }

    @Test
    void refusesAValueTypeTheYamlLayerDoesNotMake() {
        Item item = new Item(Kind.PAGE, "content/pages/x.md", null, "x", "X", null, null, List.of(), null, false,
                null, "", null, List.of(), Map.of("quand", LocalDate.of(2024, 1, 1)), SourceText.of(""), 4, Map.of(),
                null, null);
        assertThatThrownBy(() -> roundTrip(new ItemStore.Stored(item, 0, List.of())))
                .isInstanceOf(IOException.class).hasMessageContaining("LocalDate");
    }

    private static ItemStore.Stored roundTrip(ItemStore.Stored stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ItemCodec().write(new DataOutputStream(bytes), stored);
        return new ItemCodec().read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
