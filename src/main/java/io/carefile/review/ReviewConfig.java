package io.carefile.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/** The regulator's review: the reasons a return may be rejected for, and the queue's priority. */
@ConfigMapping(prefix = "carefile.review")
public interface ReviewConfig {

  /**
   * The codes an analyst may reject a return for, each with the label shown to the platform ({@code
   * carefile.review.rejection-reasons.INCOMPLETE=The return is incomplete}). Configuring any
   * replaces the defaults ({@link RejectionReasons#DEFAULTS}). A code is 1 to 64 capital letters,
   * digits and underscores, starting with a letter; a label 1 to 200 characters.
   */
  Map<String, String> rejectionReasons();

  /** The points of the queue's priority ({@link ReviewPriorityPolicy}). */
  Priority priority();

  /**
   * Points of each factor of the priority. Stored with each queue row when it is written, so a
   * change applies to a return at its next submission or band change.
   */
  interface Priority {

    @WithName("band-red")
    @WithDefault("40")
    int red();

    @WithName("band-amber")
    @WithDefault("20")
    int amber();

    @WithName("band-not-scored")
    @WithDefault("10")
    int notScored();

    @WithName("band-green")
    @WithDefault("0")
    int green();

    @WithDefault("15")
    int late();

    @WithDefault("3")
    int perExplainedWarning();

    @WithDefault("6")
    int perUnexplainedWarning();

    @WithDefault("15")
    int warningsCap();

    @WithDefault("1")
    int perPointOfDrop();

    @WithDefault("25")
    int dropCap();

    @WithName("category-1")
    @WithDefault("20")
    int category1();

    @WithName("category-2a")
    @WithDefault("10")
    int category2A();

    @WithName("category-2b")
    @WithDefault("5")
    int category2B();

    @WithName("category-core")
    @WithDefault("0")
    int core();

    default PriorityWeights weights() {
      return new PriorityWeights(
          red(),
          amber(),
          notScored(),
          green(),
          late(),
          perExplainedWarning(),
          perUnexplainedWarning(),
          warningsCap(),
          perPointOfDrop(),
          dropCap(),
          category1(),
          category2A(),
          category2B(),
          core());
    }
  }
}
