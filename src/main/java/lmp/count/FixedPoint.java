package lmp.count;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Fixed-point decimal arithmetic on scaled longs: a value v stands for v / 10^places. Every
 * operation states its rounding, because the statutes do (Scottish rule 48(3): "any remainder being
 * ignored"; the PRF Meek rule: "rounded up"). Overflow is an error, never a silent wrap.
 */
public record FixedPoint(int places, long one) {

    public static FixedPoint of(int places) {
        long one = 1;
        for (int i = 0; i < places; i++) one *= 10;
        return new FixedPoint(places, one);
    }

    public long whole(long n) {
        return Math.multiplyExact(n, one);
    }

    /** a * b, truncated. */
    public long mulDown(long a, long b) {
        return divide(a, b, one, false);
    }

    /** a * b, rounded up. */
    public long mulUp(long a, long b) {
        return divide(a, b, one, true);
    }

    /** a / b, truncated. */
    public long divDown(long a, long b) {
        return divide(a, one, b, false);
    }

    /** a / b, rounded up. */
    public long divUp(long a, long b) {
        return divide(a, one, b, true);
    }

    /** a * b / c computed exactly, then truncated once. */
    public static long mulDivDown(long a, long b, long c) {
        return divide(a, b, c, false);
    }

    private static long divide(long a, long b, long denominator, boolean up) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0 && denominator > 0) {
            long q = low / denominator;
            return up && q * denominator != low ? q + 1 : q;
        }
        return divide(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), denominator, up);
    }

    private static long divide(BigInteger numerator, long denominator, boolean up) {
        BigInteger[] qr = numerator.divideAndRemainder(BigInteger.valueOf(denominator));
        BigInteger q = qr[0];
        if (up && qr[1].signum() > 0) q = q.add(BigInteger.ONE);
        return q.longValueExact();
    }

    public BigDecimal toDecimal(long v) {
        return BigDecimal.valueOf(v, places);
    }
}
