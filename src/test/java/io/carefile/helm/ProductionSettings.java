package io.carefile.helm;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the application cannot start without in the {@code prod} profile: every
 * {@code ${...}} expression of application.properties (as the prod profile sees it) that has no
 * default and names nothing the file defines, every {@code @ConfigMapping} member without a
 * default, and the Quarkus settings listed below, which have no default of their own.
 */
final class ProductionSettings {

  /**
   * Settings of Quarkus extensions that have no default and that application.properties leaves to
   * the environment: the database, its application role's password, and the schema owner Flyway
   * migrates as (unset, Flyway connects as the application's role, which may not create tables).
   */
  static final List<String> QUARKUS_SETTINGS_WITHOUT_DEFAULTS =
      List.of(
          "quarkus.datasource.jdbc.url",
          "quarkus.datasource.password",
          "quarkus.flyway.username",
          "quarkus.flyway.password");

  private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
  private static final String PROFILE = "%prod.";
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

  private ProductionSettings() {}

  /** The environment variable names, sorted. */
  static Set<String> requiredEnvironment() {
    Map<String, String> settings = prodView();
    Set<String> required = new TreeSet<>();
    for (String value : settings.values()) {
      Matcher expression = EXPRESSION.matcher(value);
      while (expression.find()) {
        String name = expression.group(1);
        if (expression.group(2) == null && !settings.containsKey(name)) {
          required.add(environmentName(name));
        }
      }
    }
    for (String setting : QUARKUS_SETTINGS_WITHOUT_DEFAULTS) {
      if (settings.containsKey(setting)) {
        throw new IllegalStateException(
            setting + " is now set in application.properties: drop it from the list");
      }
      required.add(environmentName(setting));
    }
    new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.carefile")
            .stream()
            .filter(type -> type.isAnnotatedWith(ConfigMapping.class))
            .map(JavaClass::reflect)
            .forEach(
                mapping ->
                    membersWithoutDefaults(
                        mapping, mapping.getAnnotation(ConfigMapping.class).prefix(), required));
    return required;
  }

  /** As SmallRye Config maps a property name to an environment variable. */
  static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** The properties without a profile, with the prod profile's over them. */
  private static Map<String, String> prodView() {
    Properties file = new Properties();
    try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
      file.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + PROPERTIES, e);
    }
    Map<String, String> view = new HashMap<>();
    file.stringPropertyNames().stream()
        .filter(name -> !name.startsWith("%"))
        .forEach(name -> view.put(name, file.getProperty(name)));
    file.stringPropertyNames().stream()
        .filter(name -> name.startsWith(PROFILE))
        .forEach(name -> view.put(name.substring(PROFILE.length()), file.getProperty(name)));
    return view;
  }

  private static void membersWithoutDefaults(Class<?> group, String prefix, Set<String> required) {
    for (Method member : group.getMethods()) {
      if (member.isDefault()
          || Modifier.isStatic(member.getModifiers())
          || member.getParameterCount() > 0
          || member.isAnnotationPresent(WithDefault.class)) {
        continue;
      }
      String name = prefix + "." + propertyName(member);
      Class<?> type = member.getReturnType();
      if (type.isInterface() && type.getName().startsWith("io.carefile.")) {
        membersWithoutDefaults(type, name, required);
      } else if (!canBeAbsent(type)) {
        required.add(environmentName(name));
      }
    }
  }

  private static String propertyName(Method member) {
    WithName named = member.getAnnotation(WithName.class);
    return named != null
        ? named.value()
        : member.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static boolean canBeAbsent(Class<?> type) {
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class
        // A map without entries is an empty map; a list without a value is missing.
        || Map.class.isAssignableFrom(type);
  }
}
