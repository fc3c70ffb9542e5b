package fr.caprse.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * Points for a numeric answer. {@code AT_LEAST}: the band with the largest bound ≤ value applies;
 * {@code AT_MOST}: the band with the smallest bound ≥ value applies; no matching band earns 0.
 */
public record Bands(Kind kind, List<Band> bands) {

    public enum Kind { AT_LEAST, AT_MOST }

    /** One band: its bound and the points it earns. */
    public record Band(double bound, double points) {
        public Band {
            if (Double.isNaN(bound) || !(points >= 0) || Double.isInfinite(points)) {
                throw new IllegalArgumentException("band needs a bound and points >= 0");
            }
        }
    }

    public Bands {
        Objects.requireNonNull(kind, "kind");
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("bands must not be empty");
        }
    }

    public double highestPoints() {
        return bands.stream().mapToDouble(Band::points).max().orElse(0);
    }

    /** The points of the band matching {@code value}, or 0 when none matches. */
    public double pointsFor(double value) {
        Band match = null;
        for (Band band : bands) {
            if (kind == Kind.AT_LEAST ? band.bound() <= value && (match == null || band.bound() > match.bound())
                    : band.bound() >= value && (match == null || band.bound() < match.bound())) {
                match = band;
            }
        }
        return match == null ? 0 : match.points();
    }
}
