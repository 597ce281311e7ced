package org.bidbench.ui.demo.internal.cli;
