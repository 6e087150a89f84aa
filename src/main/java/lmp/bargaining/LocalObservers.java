package lmp.bargaining;

import java.util.List;
import java.util.Objects;
import lmp.io.Location;

/**
 * The observers and alternates of one local union: Kaiser Permanente employees selected by and
 * representing their local, who observe bargaining and share information with co-workers
 * (seed 002, "Who are the observers/alternates?").
 */
public record LocalObservers(String local, List<String> observers, List<String> alternates, Location at) {
    public LocalObservers {
        Objects.requireNonNull(local, "local");
        observers = List.copyOf(observers);
        alternates = List.copyOf(alternates);
        Objects.requireNonNull(at, "at");
    }
}
