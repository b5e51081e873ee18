/**
 * The runner: {@link org.corroborate.engine.pipeline.Pipeline} chains the stages over many inputs on all
 * cores, keeps one input's failure from stopping the run, and reports progress, articles and problems to a
 * {@link org.corroborate.engine.pipeline.PipelineListener} in input order.
 */
package org.corroborate.engine.pipeline;
