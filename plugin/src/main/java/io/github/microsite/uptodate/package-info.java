/**
 * Up to date: decides, before anything is baked, whether the last published build of the output folder was made from
 * exactly this build's inputs and left the folder untouched since; then the build reports that build's problems and
 * skips the bake. A stage of its own because it reads every input file and the output folder, and never writes the site.
 */
package io.github.microsite.uptodate;
