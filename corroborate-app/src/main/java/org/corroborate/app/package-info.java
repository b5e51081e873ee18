/**
 * The {@code corroborate} application: the command line ({@code cli}), report rendering ({@code render}), and
 * the assembly of the engine's stages with the CoreNLP analyzer ({@link org.corroborate.app.StandardPipeline}).
 */
package org.corroborate.app;
