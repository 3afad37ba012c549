package io.github.microsite.index;

/**
 * Byte sizes (before gzip) that shape the index files (FORMAT.md, "Sizes"). Tests pass small ones to exercise the
 * split of a common token's postings on a small site; builds use {@link #DEFAULT}.
 *
 * @param shardTarget   aim of a shard's size: CJK tokens get enough hash buckets, word prefixes are split, to stay near it
 * @param splitAbove    a token whose postings take more than this is split: a head in its shard and continuation blocks
 * @param head          the most a split token's head (its best-scoring sections) takes in its shard
 * @param block         the most a continuation block takes
 * @param maxFile       no shard or block is larger; the build fails rather than write one
 */
record ShardLimits(int shardTarget, int splitAbove, int head, int block, int maxFile) {

    /**
     * The bound on every index file but a section's text, gzipped: 16 KB, whatever the site's size and however common
     * a token is (issue 15). A file of at most {@link #DEFAULT}'s {@code maxFile} bytes stays under it at any gzip
     * level: deflate's worst case adds 5 bytes per 64 KB stored block, and gzip's header and trailer 18 bytes.
     */
    static final int MAX_FILE_GZIP_BYTES = 16 * 1024;

    static final ShardLimits DEFAULT = new ShardLimits(8_000, 3_000, 1_500, 8_000, MAX_FILE_GZIP_BYTES - 64);

    ShardLimits {
        if (head > splitAbove || splitAbove > shardTarget || shardTarget > maxFile || block > maxFile || head < 16) {
            throw new IllegalArgumentException("inconsistent shard limits: " + head + " ≤ " + splitAbove + " ≤ "
                    + shardTarget + " ≤ " + maxFile + ", block " + block);
        }
    }
}
