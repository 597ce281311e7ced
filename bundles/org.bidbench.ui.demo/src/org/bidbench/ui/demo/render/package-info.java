/**
 * Storyboards rendered offscreen: frames, the PDF handout and the MP4 video, free of the workbench
 * so that the command line ({@code bidbench walkthrough render}) uses them too.
 */
package org.bidbench.ui.demo.render;
