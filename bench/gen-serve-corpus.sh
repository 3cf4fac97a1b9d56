#!/usr/bin/env bash
# Writes a deterministic site of N articles for the serve latency benchmark:
#   bench/gen-serve-corpus.sh DIR [N]
# Articles spread over 10 years and 24 tags, each a few paragraphs with a heading, a list and a
# link to an older article, so that Markdown, links, tags and archives all have work to do.
set -eu
dir=${1:?usage: gen-serve-corpus.sh DIR [N]}
n=${2:-10000}
mkdir -p "$dir/content/articles" "$dir/content/pages"
cat > "$dir/site.yml" <<'YML'
title: "Corpus de test"
baseUrl: "https://example.org/"
language: fr
locale: fr-FR
timezone: Europe/Paris
description: "Un site généré pour mesurer colibri serve."
organization:
  name: "Association Corpus"
  url: "https://association.example/"
pageSize: 10
YML
cat > "$dir/content/pages/a-propos.md" <<'MD'
---
title: À propos
---
Un site de test.
MD
awk -v n="$n" -v dir="$dir" 'BEGIN {
  split("Santé Éducation Environnement Culture Sport Agriculture Jeunesse Égalité Numérique Eau Énergie Climat Emploi Formation Solidarité Volontariat Afrique Asie Europe Amériques Pacifique Partenariats Collectivités Évènements", tags, " ");
  for (i = 1; i <= n; i++) {
    year = 2015 + (i % 10); month = 1 + (i * 7) % 12; day = 1 + (i * 13) % 28;
    file = sprintf("%s/content/articles/article-%05d.md", dir, i);
    printf "---\ntitle: \"Article numéro %d : une actualité de l’association\"\n", i > file;
    printf "date: %04d-%02d-%02d\n", year, month, day > file;
    printf "tags: [%s, %s]\nauthor: Équipe %d\n---\n", tags[1 + i % 24], tags[1 + (i * 5 + 3) % 24], i % 7 > file;
    printf "Le texte de l’article %d commence ici, avec « des guillemets » et quelques mots de plus pour faire un vrai paragraphe.\n\n", i > file;
    printf "## Ce qui s’est passé\n\nDes volontaires ont participé à une journée de rencontre. Ils ont parlé de leurs missions, de leurs projets et de la suite.\n\n" > file;
    printf "- premier point\n- deuxième point\n- troisième point\n\n" > file;
    if (i > 1) printf "Voir aussi [l’article précédent](article-%05d.md).\n\n", i - 1 > file;
    printf "## La suite\n\nLa prochaine rencontre aura lieu bientôt. *Restez informés* en suivant le fil d’actualités.\n" > file;
    close(file);
  }
}'
echo "wrote $n articles under $dir/content/articles" >&2
