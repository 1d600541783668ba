package io.carefile.portal.shared.charts;

/** A labelled tick of an axis at its pixel position along the axis. */
public record Tick(String label, double position) {}
