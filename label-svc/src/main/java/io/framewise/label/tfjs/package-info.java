/**
 * Converts TF.js graph-models (the weights npm packages ship) into ONNX models that ONNX Runtime executes, so
 * label-svc runs detectors published for the browser without TensorFlow. Entry points: {@link
 * io.framewise.label.tfjs.TfjsGraph#load} reads a model, {@link io.framewise.label.tfjs.TfjsSession#open} converts
 * it and opens an ONNX Runtime session; {@link io.framewise.label.tfjs.TfjsToOnnx} is the converter itself.
 */
package io.framewise.label.tfjs;
