# Sourced by the scale benchmarks: how a cold run gets rid of the last run's target/.
#
# On ext4 without a journal (this VM's root file system: /proc/fs/jbd2 lists nothing), the kernel does not reuse an
# inode deleted less than 60 s before (6 min while its inode table block is unwritten), and each new file scans past
# every such inode of its block group from the group's first one (fs/ext4/ialloc.c, find_inode_bit and
# recently_deleted). A build that creates its 4,736 files a few seconds after 4,736 were deleted then spends about
# 0.3-0.5 ms of kernel time per file (perf, on a reproduction: 56 % of samples in recently_deleted and
# find_get_block_common): 1-1.5 s of a 1,000-page build, mostly while it publishes its 2,705 search files last. The
# same build without those deletions publishes in 0.08 s. `mvn clean package` pays it; a fresh clone or CI does not.
#
# CLEAN=move (the default) moves target/ aside and deletes the moved folders when the benchmark ends, so each run
# measures the build (the moved folders take one output's space per run until then); CLEAN=rm deletes it before each
# run, as `mvn clean` would, and measures that case.
CLEAN=${CLEAN:-move}
[[ $CLEAN == move || $CLEAN == rm ]] || { echo "CLEAN must be move or rm, not $CLEAN" >&2; exit 2; }

# clear_target PROJECT STAGE
clear_target() {
  [[ -d $1/target ]] || return 0
  if [[ $CLEAN == move ]]; then
    mkdir -p "$2/moved-targets"
    mv "$1/target" "$2/moved-targets/$(date +%s%N)"
  else
    rm -rf "$1/target"
  fi
}

# drop_moved_targets STAGE: at the end; the next benchmark started within a minute pays for these deletions.
drop_moved_targets() {
  rm -rf "$1/moved-targets"
}
