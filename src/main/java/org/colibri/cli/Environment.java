package org.colibri.cli;

import java.time.Clock;
import java.util.Map;

/** What the commands read from outside: environment variables and the clock (fixed in tests). */
public record Environment(Map<String, String> variables, Clock clock) {

    public static Environment system() {
        return new Environment(System.getenv(), Clock.systemUTC());
    }
}
