package org.faultline.analysis.postmortem.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.faultline.analysis.figure.ServiceSeries;

/**
 * Collects each service's stress and resource over time for the timeline figure, in memory that
 * does not grow with the number of metrics rows.
 *
 * <p>Only the state at the end of each tick is kept (the state after the last event at a time,
 * which holds until the next time). Time is cut into at most {@link #MAX_BUCKETS} buckets of equal
 * width; each bucket keeps its first and last point, the point of highest stress and the point of
 * lowest resource, so peaks survive. A point whose stress or resource is NaN is skipped. Not
 * thread-safe.
 */
final class SeriesCollector {

  /** Buckets per service: at most four points each. */
  static final int MAX_BUCKETS = 500;

  private final Track[] tracks;
  private final long bucketWidth;

  SeriesCollector(List<String> services, long horizon) {
    this.bucketWidth = Math.max(1, horizon / MAX_BUCKETS + 1);
    this.tracks = new Track[services.size()];
    for (int i = 0; i < tracks.length; i++) {
      tracks[i] = new Track(services.get(i));
    }
  }

  /** Records the state of a service after one metrics row. */
  void add(int service, long time, double stress, double resource) {
    tracks[service].add(time, stress, resource);
  }

  /** Returns one series per service, in the order given at construction. */
  List<ServiceSeries> finish() {
    List<ServiceSeries> series = new ArrayList<>(tracks.length);
    for (Track track : tracks) {
      series.add(track.finish());
    }
    return series;
  }

  /** One service's pending end-of-tick state, current bucket and kept points. */
  private final class Track {

    private final String service;
    private boolean pending;
    private long time;
    private double stress;
    private double resource;

    private long bucket = -1;
    private final long[] bucketTimes = new long[4];
    private final double[] bucketStress = new double[4];
    private final double[] bucketResource = new double[4];
    private boolean bucketUsed;

    private long[] times = new long[16];
    private double[] stresses = new double[16];
    private double[] resources = new double[16];
    private int size;

    Track(String service) {
      this.service = service;
    }

    void add(long rowTime, double rowStress, double rowResource) {
      if (pending && rowTime != time) {
        commitTick();
      }
      pending = true;
      time = rowTime;
      stress = rowStress;
      resource = rowResource;
    }

    ServiceSeries finish() {
      if (pending) {
        commitTick();
      }
      flushBucket();
      return new ServiceSeries(
          service,
          Arrays.copyOf(times, size),
          Arrays.copyOf(stresses, size),
          Arrays.copyOf(resources, size));
    }

    /** Slots of the bucket points: 0 first, 1 highest stress, 2 lowest resource, 3 last. */
    private void commitTick() {
      pending = false;
      if (Double.isNaN(stress) || Double.isNaN(resource)) {
        return;
      }
      long tickBucket = time / bucketWidth;
      if (tickBucket != bucket) {
        flushBucket();
        bucket = tickBucket;
        bucketUsed = true;
        for (int slot = 0; slot < 4; slot++) {
          setSlot(slot);
        }
        return;
      }
      if (stress > bucketStress[1]) {
        setSlot(1);
      }
      if (resource < bucketResource[2]) {
        setSlot(2);
      }
      setSlot(3);
    }

    private void setSlot(int slot) {
      bucketTimes[slot] = time;
      bucketStress[slot] = stress;
      bucketResource[slot] = resource;
    }

    private void flushBucket() {
      if (!bucketUsed) {
        return;
      }
      bucketUsed = false;
      Integer[] order = {0, 1, 2, 3};
      Arrays.sort(order, (a, b) -> Long.compare(bucketTimes[a], bucketTimes[b]));
      for (int slot : order) {
        if (size == 0 || bucketTimes[slot] > times[size - 1]) {
          append(bucketTimes[slot], bucketStress[slot], bucketResource[slot]);
        }
      }
    }

    private void append(long pointTime, double pointStress, double pointResource) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        stresses = Arrays.copyOf(stresses, size * 2);
        resources = Arrays.copyOf(resources, size * 2);
      }
      times[size] = pointTime;
      stresses[size] = pointStress;
      resources[size] = pointResource;
      size++;
    }
  }
}
