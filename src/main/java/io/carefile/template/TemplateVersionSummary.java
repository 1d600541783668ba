package io.carefile.template;

import io.carefile.platform.PlatformCategory;
import java.util.Set;

/**
 * What other features need to know of a published template version: obligations are generated from
 * it, per period, for the platforms of its categories.
 */
public record TemplateVersionSummary(
    String code,
    int version,
    String title,
    PeriodType periodType,
    int dueOffsetDays,
    Set<PlatformCategory> categories) {}
