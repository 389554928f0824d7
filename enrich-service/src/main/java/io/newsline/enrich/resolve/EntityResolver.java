package io.newsline.enrich.resolve;

import io.newsline.enrich.extract.EntityKind;
import io.newsline.enrich.extract.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** STUB until the resolver lands: exact names only. */
public final class EntityResolver {
  private final EntityRegistry registry;

  public EntityResolver(EntityRegistry registry) {
    this.registry = registry;
  }

  public List<ResolvedEntity> resolve(List<Mention> mentions) {
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    for (Mention m : mentions) {
      byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
    }
    List<ResolvedEntity> out = new ArrayList<>();
    byName.forEach(
        (name, list) -> {
          EntityKind kind = list.get(0).kind();
          KnownEntity known =
              registry.candidates(blockingKeys(name, kind)).stream()
                  .findFirst()
                  .orElseGet(
                      () -> {
                        KnownEntity minted =
                            new KnownEntity(
                                kind + ":" + name.toLowerCase(Locale.ROOT),
                                name,
                                kind,
                                Set.of(name));
                        registry.put(minted);
                        return minted;
                      });
          out.add(new ResolvedEntity(known, list));
        });
    return out;
  }

  public static Set<String> blockingKeys(String name, EntityKind kind) {
    return Set.of(kind + ":" + name.toLowerCase(Locale.ROOT));
  }
}
