package io.newsline.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998):
 * per item, the share of its predicted cluster that shares its gold cluster (precision) and the
 * share of its gold cluster that shares its predicted cluster (recall), averaged over items.
 */
record BCubed(double precision, double recall, double f1) {
  /**
   * @param predicted item → predicted cluster
   * @param gold item → gold cluster; every item of {@code gold} is scored
   */
  static <I, P, G> BCubed score(Map<I, P> predicted, Map<I, G> gold) {
    Map<Object, Integer> predictedSize = new HashMap<>();
    Map<Object, Integer> goldSize = new HashMap<>();
    Map<Map.Entry<Object, Object>, Integer> both = new HashMap<>();
    for (I item : gold.keySet()) {
      Object p = predictedCluster(predicted, item);
      Object g = gold.get(item);
      predictedSize.merge(p, 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
      both.merge(Map.entry(p, g), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (I item : gold.keySet()) {
      Object p = predictedCluster(predicted, item);
      Object g = gold.get(item);
      int shared = both.get(Map.entry(p, g));
      precision += (double) shared / predictedSize.get(p);
      recall += (double) shared / goldSize.get(g);
    }
    int n = Math.max(1, gold.size());
    precision /= n;
    recall /= n;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
  }

  /** An item no cluster holds is a cluster of its own. */
  private static <I, P> Object predictedCluster(Map<I, P> predicted, I item) {
    P cluster = predicted.get(item);
    return cluster != null ? cluster : Map.entry("unclustered", item);
  }
}
