package org.faultline.model.coupling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.faultline.model.spec.Dependency;
import org.faultline.model.spec.ServiceSpec;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The interdependency matrix A* and the recovery rates K of the dynamic inoperability input-output
 * model (DIIM), over services in declaration order.
 *
 * <p>Entry a*[i][j] is the fraction of service j's inoperability that becomes inoperability of
 * service i; a*[i][i] is a service's dependence on its own output. One tick of the model is q(t+1)
 * = q(t) + K[A*·q(t) + c*(t) − q(t)], clipped to [0, 1], and a constant perturbation c* settles at
 * the static equilibrium q = (I − A*)⁻¹·c* when the spectral radius of A* is below 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class CouplingMatrix {

  /*
   * The model is the Leontief-based inoperability input-output model of Haimes and Jiang (2001),
   * "Leontief-based model of risk in complex interconnected infrastructures", Journal of
   * Infrastructure Systems 7(1), in its dynamic form with a diagonal matrix K of recovery rates.
   */

  private final List<String> ids;
  private final double[][] coupling;
  private final double[] recoveryRates;

  /**
   * Creates the matrix from explicit values.
   *
   * @param ids the service ids, in declaration order
   * @param coupling a*[i][j], n × n, each entry between 0 and 1 (copied)
   * @param recoveryRates k[i], each greater than 0 and at most 1 (copied)
   * @throws IllegalArgumentException if a dimension or value is out of range
   */
  public CouplingMatrix(List<String> ids, double[][] coupling, double[] recoveryRates) {
    int n = ids.size();
    if (coupling.length != n || recoveryRates.length != n) {
      throw new IllegalArgumentException(
          "coupling matrix and recovery rates need "
              + n
              + " rows, got "
              + coupling.length
              + " and "
              + recoveryRates.length);
    }
    this.ids = List.copyOf(ids);
    this.coupling = new double[n][];
    for (int i = 0; i < n; i++) {
      if (coupling[i].length != n) {
        throw new IllegalArgumentException(
            "row "
                + i
                + " of the coupling matrix needs "
                + n
                + " entries, got "
                + coupling[i].length);
      }
      for (int j = 0; j < n; j++) {
        double value = coupling[i][j];
        if (!(value >= 0 && value <= 1)) {
          throw new IllegalArgumentException(
              "coupling of "
                  + ids.get(i)
                  + " to "
                  + ids.get(j)
                  + " must be between 0 and 1, got "
                  + value);
        }
      }
      this.coupling[i] = coupling[i].clone();
      double rate = recoveryRates[i];
      if (!(rate > 0 && rate <= 1)) {
        throw new IllegalArgumentException(
            "recovery rate of "
                + ids.get(i)
                + " must be greater than 0 and at most 1, got "
                + rate);
      }
    }
    this.recoveryRates = recoveryRates.clone();
  }

  /**
   * Builds the matrix of a scenario's services: a*[i][j] from each dependency's coupling, a*[i][i]
   * from each service's self-coupling, k[i] from its recovery rate.
   *
   * @throws IllegalArgumentException if a dependency names an unknown service
   */
  public static CouplingMatrix of(List<ServiceSpec> services) {
    int n = services.size();
    List<String> ids = services.stream().map(ServiceSpec::id).toList();
    double[][] coupling = new double[n][n];
    double[] rates = new double[n];
    for (int i = 0; i < n; i++) {
      ServiceSpec service = services.get(i);
      coupling[i][i] = service.inoperability().selfCoupling();
      rates[i] = service.inoperability().recoveryRate();
      for (Dependency dependency : service.dependencies()) {
        int j = ids.indexOf(dependency.service());
        if (j < 0) {
          throw new IllegalArgumentException(
              service.id() + " depends on unknown service " + dependency.service());
        }
        coupling[i][j] = dependency.coupling();
      }
    }
    return new CouplingMatrix(ids, coupling, rates);
  }

  /** Returns the number of services. */
  public int size() {
    return ids.size();
  }

  /** Returns the service ids in declaration order. */
  public List<String> ids() {
    return ids;
  }

  /** Returns a*[i][j]: how much of service j's inoperability service i takes on. */
  public double coupling(int i, int j) {
    return coupling[i][j];
  }

  /** Returns k[i], the recovery rate of service i per tick. */
  public double recoveryRate(int i) {
    return recoveryRates[i];
  }

  /**
   * Computes one tick: next[i] = clip(q[i] + k[i]·(Σ_j a*[i][j]·q[j] + c[i] − q[i])) with clip to
   * [0, 1]. Cost O(n²).
   *
   * @param q the inoperability now, each in [0, 1]
   * @param perturbation c*, the direct perturbation now, each in [0, 1]
   * @param next where the next inoperability is written; must not be {@code q}
   */
  public void step(double[] q, double[] perturbation, double[] next) {
    for (int i = 0; i < q.length; i++) {
      double coupled = 0;
      for (int j = 0; j < q.length; j++) {
        coupled += coupling[i][j] * q[j];
      }
      double value = q[i] + recoveryRates[i] * (coupled + perturbation[i] - q[i]);
      next[i] = Math.min(1.0, Math.max(0.0, value));
    }
  }

  /**
   * Returns the static equilibrium q = (I − A*)⁻¹·c*, each entry clipped to [0, 1]: where the
   * dynamic model settles under a constant perturbation when the spectral radius is below 1. Solved
   * with EJML's {@code CommonOps_DDRM.solve}, cost O(n³).
   *
   * @param perturbation c*, each in [0, 1]
   * @throws IllegalStateException if I − A* is singular
   */
  public double[] equilibrium(double[] perturbation) {
    int n = size();
    DMatrixRMaj leontief = CommonOps_DDRM.identity(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        leontief.add(i, j, -coupling[i][j]);
      }
    }
    DMatrixRMaj c = new DMatrixRMaj(n, 1, true, perturbation);
    DMatrixRMaj q = new DMatrixRMaj(n, 1);
    if (!CommonOps_DDRM.solve(leontief, c, q)) {
      throw new IllegalStateException("I − A* is singular: the coupling has no equilibrium");
    }
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      result[i] = Math.min(1.0, Math.max(0.0, q.get(i, 0)));
    }
    return result;
  }

  /**
   * Returns the spectral radius of A*, the largest modulus of its eigenvalues. At 1 or above the
   * model has no interior equilibrium and inoperability saturates. Cost O(n³).
   */
  public double spectralRadius() {
    int[] all = new int[size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return spectralRadius(all);
  }

  /**
   * Returns the dependency cycles whose own coupling has a spectral radius of at least {@code
   * limit}: the cycles that keep the whole matrix's radius at or above it. The radius of A* is the
   * largest radius of its cycles, because ordering services by cycle makes A* block triangular.
   * Cost O(n³).
   */
  public List<List<String>> cyclesWithRadiusAtLeast(double limit) {
    List<List<String>> saturating = new ArrayList<>();
    for (List<String> cycle : cycles()) {
      int[] members = cycle.stream().mapToInt(ids::indexOf).toArray();
      if (spectralRadius(members) >= limit) {
        saturating.add(cycle);
      }
    }
    return saturating;
  }

  private double spectralRadius(int[] members) {
    int n = members.length;
    if (n == 0) {
      return 0;
    }
    double[][] block = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        block[i][j] = coupling[members[i]][members[j]];
      }
    }
    DMatrixRMaj matrix = new DMatrixRMaj(block);
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, false);
    if (!eigen.decompose(matrix)) {
      throw new IllegalStateException("the eigenvalues of the coupling matrix did not converge");
    }
    double radius = 0;
    for (int i = 0; i < eigen.getNumberOfEigenvalues(); i++) {
      radius = Math.max(radius, eigen.getEigenvalue(i).getMagnitude());
    }
    return radius;
  }

  /**
   * Returns the dependency cycles: the strongly connected components of the graph with an edge from
   * i to j wherever a*[i][j] > 0, that contain a cycle (more than one service, or one service with
   * a positive self-coupling). Services of a cycle are in declaration order, and cycles are ordered
   * by their first service. Cost O(n²) with Kosaraju's algorithm.
   */
  public List<List<String>> cycles() {
    int n = size();
    Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < n; i++) {
      graph.addVertex(i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && coupling[i][j] > 0) {
          graph.addEdge(i, j);
        }
      }
    }
    List<TreeSet<Integer>> components = new ArrayList<>();
    for (Set<Integer> component :
        new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      int first = component.iterator().next();
      if (component.size() > 1 || coupling[first][first] > 0) {
        components.add(new TreeSet<>(component));
      }
    }
    components.sort(Comparator.comparing(TreeSet::first));
    List<List<String>> cycles = new ArrayList<>();
    for (TreeSet<Integer> component : components) {
      cycles.add(component.stream().map(ids::get).toList());
    }
    return cycles;
  }
}
