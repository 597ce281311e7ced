/**
 * The API for commands of the headless {@code bidbench} command line: implement {@link org.bidbench.cli.CliCommand}
 * and contribute it to the extension point {@code org.bidbench.cli.commands}.
 */
package org.bidbench.cli;
