package io.carefile.audit.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tree against an independent construction (level by level, a lone last node carried up), and
 * every proof against the RFC's separate verifier, for sizes that are and are not powers of two.
 */
class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void theRootEqualsALevelByLevelRecomputationForSizesOneToAThousand() {
    List<byte[]> leaves = leaves(1000);
    MerkleFrontier frontier = MerkleFrontier.empty();
    for (int size = 1; size <= 1000; size++) {
      frontier.append(leaves.get(size - 1));
      byte[] expected = levelByLevelRoot(leaves.subList(0, size));
      assertThat(frontier.root()).as("frontier root of %d", size).isEqualTo(expected);
      assertThat(MerkleTree.root(of(leaves), size)).as("root of %d", size).isEqualTo(expected);
      MerkleFrontier reread = MerkleFrontier.decode(size, frontier.encode());
      assertThat(reread.root()).isEqualTo(expected);
    }
  }

  @Test
  void theEmptyTreeAndASingleEmptyLeafHaveTheRfcHashes() {
    assertThat(HEX.formatHex(MerkleTree.emptyRoot()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(HEX.formatHex(MerkleTree.leafHash(new byte[0])))
        .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  }

  @Test
  void theRfc6962ReferenceTreeOfEightLeavesHasItsPublishedRoot() {
    String[] inputs = {
      "",
      "00",
      "10",
      "2021",
      "3031",
      "40414243",
      "5051525354555657",
      "606162636465666768696a6b6c6d6e6f"
    };
    List<byte[]> leaves = new ArrayList<>();
    for (String input : inputs) {
      leaves.add(MerkleTree.leafHash(HEX.parseHex(input)));
    }
    assertThat(HEX.formatHex(MerkleTree.root(of(leaves), 8)))
        .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
  }

  @Test
  void everyInclusionProofVerifiesAndFailsForAnotherLeafIndexOrRoot() {
    List<byte[]> leaves = leaves(300);
    for (int size = 1; size <= 70; size++) {
      byte[] root = MerkleTree.root(of(leaves), size);
      for (int index = 0; index < size; index++) {
        assertInclusion(leaves, index, size, root);
      }
    }
    Random random = new Random(13);
    for (int i = 0; i < 200; i++) {
      int size = 1 + random.nextInt(300);
      int index = random.nextInt(size);
      assertInclusion(leaves, index, size, MerkleTree.root(of(leaves), size));
    }
  }

  @Test
  void everyConsistencyProofVerifiesAndFailsForAnotherRootOrSize() {
    List<byte[]> leaves = leaves(300);
    for (int second = 1; second <= 70; second++) {
      for (int first = 1; first <= second; first++) {
        assertConsistency(leaves, first, second);
      }
    }
    Random random = new Random(9162);
    for (int i = 0; i < 200; i++) {
      int second = 1 + random.nextInt(300);
      assertConsistency(leaves, 1 + random.nextInt(second), second);
    }
  }

  @Test
  void aProofOfAnotherTreeDoesNotVerify() {
    List<byte[]> leaves = leaves(20);
    List<byte[]> other = new ArrayList<>(leaves);
    other.set(5, MerkleTree.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));
    List<byte[]> proof = MerkleTree.consistencyProof(of(other), 10, 20);
    assertThat(
            MerkleProofs.verifyConsistency(
                10, 20, proof, MerkleTree.root(of(leaves), 10), MerkleTree.root(of(other), 20)))
        .isFalse();
  }

  private static void assertInclusion(List<byte[]> leaves, int index, int size, byte[] root) {
    List<byte[]> proof = MerkleTree.inclusionProof(of(leaves), index, size);
    assertThat(MerkleProofs.verifyInclusion(index, size, leaves.get(index), proof, root))
        .as("leaf %d of %d", index, size)
        .isTrue();
    if (size > 1) {
      int otherIndex = (index + 1) % size;
      assertThat(MerkleProofs.verifyInclusion(otherIndex, size, leaves.get(index), proof, root))
          .as("leaf %d of %d as index %d", index, size, otherIndex)
          .isFalse();
      assertThat(MerkleProofs.verifyInclusion(index, size, leaves.get(index), changed(proof), root))
          .isFalse();
      assertThat(
              MerkleProofs.verifyInclusion(
                  index, size, leaves.get(index), proof.subList(0, proof.size() - 1), root))
          .isFalse();
    }
    assertThat(MerkleProofs.verifyInclusion(index, size, flipped(leaves.get(index)), proof, root))
        .isFalse();
    assertThat(MerkleProofs.verifyInclusion(index, size, leaves.get(index), proof, flipped(root)))
        .isFalse();
  }

  private static void assertConsistency(List<byte[]> leaves, int first, int second) {
    byte[] firstRoot = MerkleTree.root(of(leaves), first);
    byte[] secondRoot = MerkleTree.root(of(leaves), second);
    List<byte[]> proof = MerkleTree.consistencyProof(of(leaves), first, second);
    assertThat(MerkleProofs.verifyConsistency(first, second, proof, firstRoot, secondRoot))
        .as("%d to %d", first, second)
        .isTrue();
    assertThat(MerkleProofs.verifyConsistency(first, second, proof, flipped(firstRoot), secondRoot))
        .isFalse();
    assertThat(MerkleProofs.verifyConsistency(first, second, proof, firstRoot, flipped(secondRoot)))
        .isFalse();
    if (!proof.isEmpty()) {
      assertThat(
              MerkleProofs.verifyConsistency(first, second, changed(proof), firstRoot, secondRoot))
          .as("%d to %d with a changed hash", first, second)
          .isFalse();
    }
  }

  /**
   * The tree built bottom-up: pairs hashed in order, a lone last node carried to the next level.
   */
  private static byte[] levelByLevelRoot(List<byte[]> leaves) {
    List<byte[]> level = leaves;
    while (level.size() > 1) {
      List<byte[]> next = new ArrayList<>();
      for (int i = 0; i + 1 < level.size(); i += 2) {
        next.add(MerkleTree.nodeHash(level.get(i), level.get(i + 1)));
      }
      if (level.size() % 2 == 1) {
        next.add(level.getLast());
      }
      level = next;
    }
    return level.getFirst();
  }

  private static List<byte[]> leaves(int count) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  private static MerkleTree.LeafHashes of(List<byte[]> leaves) {
    return index -> leaves.get(Math.toIntExact(index));
  }

  private static List<byte[]> changed(List<byte[]> proof) {
    List<byte[]> changed = new ArrayList<>(proof);
    changed.set(proof.size() - 1, flipped(proof.getLast()));
    return changed;
  }

  private static byte[] flipped(byte[] hash) {
    byte[] copy = hash.clone();
    copy[0] ^= 1;
    return copy;
  }
}
