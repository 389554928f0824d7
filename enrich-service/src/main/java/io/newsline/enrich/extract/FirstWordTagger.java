package io.newsline.enrich.extract;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP POS model's tag for the first word of a short window, and nothing else.
 *
 * <p>{@code POSTaggerME.tag} beam-searches tags for every word of the window; the extractor only
 * reads the first. This evaluates the model once, at the first position (its features there are the
 * word, its affixes and the next words; no earlier tags), and takes the best valid outcome. It gave
 * the beam's first tag for every one of 59,823 windows starting at a capitalised word of wikigold,
 * GUM and ECB+, at an eighth of the cost (3 against 23 µs). A pure function of the window: no
 * cache, nothing that depends on what was tagged before.
 *
 * <p>Thread-safe: the model is read-only, the context generator (which keeps per-sentence state) is
 * one per thread.
 */
final class FirstWordTagger {
  private static final String[] NO_TAGS = {};

  private final MaxentModel model;
  private final SequenceValidator<String> validator;
  private final ThreadLocal<POSContextGenerator> contexts;

  FirstWordTagger(POSModel posModel) {
    this.model = posModel.getArtifact("pos.model");
    this.validator = posModel.getFactory().getSequenceValidator();
    this.contexts = ThreadLocal.withInitial(() -> posModel.getFactory().getPOSContextGenerator());
  }

  /** The tag of {@code window[0]} read with the words after it; window must not be empty. */
  String firstTag(String[] window) {
    double[] p = model.eval(contexts.get().getContext(0, window, NO_TAGS, null));
    int best = -1;
    for (int k = 0; k < p.length; k++) {
      if ((best < 0 || p[k] > p[best])
          && validator.validSequence(0, window, NO_TAGS, model.getOutcome(k))) {
        best = k;
      }
    }
    return best < 0 ? "" : model.getOutcome(best);
  }
}
