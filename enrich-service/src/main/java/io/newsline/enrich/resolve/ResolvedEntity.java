package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.Mention;
import java.util.List;

/** STUB until the resolver lands. */
public record ResolvedEntity(KnownEntity entity, List<Mention> mentions) {}
