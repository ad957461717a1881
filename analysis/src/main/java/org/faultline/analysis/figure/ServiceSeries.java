package org.faultline.analysis.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One service's downsampled state over time; arrays of equal length, times strictly increasing.
 *
 * <p>The arrays are copied on the way in and on the way out, so instances are immutable and
 * thread-safe. Equality compares the array contents.
 *
 * @param service id of the service, shown in the legend
 * @param times logical times in ticks, strictly increasing
 * @param stress stress level after the state change at the same index, finite
 * @param resource resource level after the state change at the same index, finite
 */
public record ServiceSeries(String service, long[] times, double[] stress, double[] resource) {

  /** Validates the arrays and copies them. */
  public ServiceSeries {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(stress, "stress");
    Objects.requireNonNull(resource, "resource");
    if (stress.length != times.length || resource.length != times.length) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "series of service \"%s\": times, stress and resource have lengths %d, %d and %d;"
                  + " expected equal lengths",
              service,
              times.length,
              stress.length,
              resource.length));
    }
    times = times.clone();
    stress = stress.clone();
    resource = resource.clone();
    checkIncreasing(service, times);
    checkFinite(service, "stress", stress);
    checkFinite(service, "resource", resource);
  }

  /** Returns a copy of the times in ticks. */
  @Override
  public long[] times() {
    return times.clone();
  }

  /** Returns a copy of the stress levels. */
  @Override
  public double[] stress() {
    return stress.clone();
  }

  /** Returns a copy of the resource levels. */
  @Override
  public double[] resource() {
    return resource.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceSeries that
        && service.equals(that.service)
        && Arrays.equals(times, that.times)
        && Arrays.equals(stress, that.stress)
        && Arrays.equals(resource, that.resource);
  }

  @Override
  public int hashCode() {
    int hash = service.hashCode();
    hash = 31 * hash + Arrays.hashCode(times);
    hash = 31 * hash + Arrays.hashCode(stress);
    return 31 * hash + Arrays.hashCode(resource);
  }

  @Override
  public String toString() {
    return "ServiceSeries[service="
        + service
        + ", times="
        + Arrays.toString(times)
        + ", stress="
        + Arrays.toString(stress)
        + ", resource="
        + Arrays.toString(resource)
        + "]";
  }

  private static void checkIncreasing(String service, long[] times) {
    for (int i = 1; i < times.length; i++) {
      if (times[i] <= times[i - 1]) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "series of service \"%s\": time %d at index %d does not follow time %d at index %d;"
                    + " expected strictly increasing times",
                service,
                times[i],
                i,
                times[i - 1],
                i - 1));
      }
    }
  }

  private static void checkFinite(String service, String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "series of service \"%s\": %s at index %d is %s; expected a finite number",
                service,
                name,
                i,
                values[i]));
      }
    }
  }
}
