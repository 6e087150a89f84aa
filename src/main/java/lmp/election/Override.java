package lmp.election;

import java.util.Objects;

/**
 * The election committee's explicit decision to go ahead despite a blocking item (for example
 * {@code notice="posted at all worksites on 10-20, mailed late"}): recorded in the audit log and
 * printed on the certificate under its own heading, so members and the Department of Labor can
 * see what was overridden and why.
 */
public record Override(String item, String reason) {
    public Override {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        if (item.isBlank() || reason.isBlank()) throw new IllegalArgumentException("an override needs an item and a reason");
    }
}
