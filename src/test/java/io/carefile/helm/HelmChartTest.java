package io.carefile.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renders the Helm chart in helm/carefile and checks the manifests a cluster would receive. */
class HelmChartTest {

  private static final Path CHART = Paths.get("helm/carefile");

  /** Contains the chart name, so every object is named after the release alone. */
  private static final String RELEASE = "carefile";

  /** Helm otherwise assumes v1.20, older than the chart's kubeVersion constraint. */
  private static final String KUBERNETES_VERSION = "1.31.0";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The project's own version in pom.xml: the first version element after its artifactId. */
  private static final Pattern POM_VERSION =
      Pattern.compile("<artifactId>carefile</artifactId>\\s*<version>([^<]+)</version>");

  /** Names that say a value is a credential. */
  private static final Pattern CREDENTIAL =
      Pattern.compile("SECRET|PASSWORD|PASSWD|TOKEN|CREDENTIAL|PRIVATE_KEY");

  @Test
  void chartPassesStrictLint() {
    LintResult lint = new Helm(CHART).lint().strict().call();

    assertThat(lint.isFailed()).as("lint messages: %s", lint.getMessages()).isFalse();
  }

  @Test
  void deploymentRunsTwoReplicasWithProbesOnTheManagementPort() {
    JsonNode deployment = render(Map.of()).one("Deployment");

    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
    JsonNode container = container(deployment);
    assertThat(container.at("/image").asText()).isEqualTo("localhost/carefile:0.1.0");
    assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
    assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
    assertThat(container.at("/ports/1/name").asText()).isEqualTo("management");
    assertThat(container.at("/ports/1/containerPort").asInt()).isEqualTo(9000);
    assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
    assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    assertThat(List.of("startupProbe", "livenessProbe", "readinessProbe"))
        .allSatisfy(
            probe ->
                assertThat(container.at("/" + probe + "/httpGet/port").asText())
                    .isEqualTo("management"));
  }

  @Test
  void theManagementPortIsSetInOnePlaceAndNeverExposedByTheService() {
    Manifests manifests = render(Map.of("management.port", 9100));
    JsonNode deployment = manifests.one("Deployment");

    assertThat(manifests.one("ConfigMap").at("/data/QUARKUS_MANAGEMENT_PORT").asText())
        .isEqualTo("9100");
    assertThat(container(deployment).at("/ports/1/containerPort").asInt()).isEqualTo(9100);
    assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText())
        .isEqualTo("9100");
    assertThat(manifests.one("Service").at("/spec/ports"))
        .hasSize(1)
        .allSatisfy(port -> assertThat(port.at("/targetPort").asText()).isEqualTo("http"));
  }

  @Test
  void containerHasTheDefaultResourcesAndAHeapSizedFromTheMemoryLimit() {
    JsonNode container = container(render(Map.of()).one("Deployment"));

    assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("500m");
    assertThat(container.at("/resources/requests/memory").asText()).isEqualTo("768Mi");
    assertThat(container.at("/resources/limits/cpu").asText()).isEqualTo("2");
    assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("1536Mi");
    assertThat(env(container, "JAVA_OPTS").at("/value").asText())
        .contains("-XX:MaxRAMPercentage=75.0");
  }

  @Test
  void containerRunsUnprivilegedOnAReadOnlyRootFilesystem() {
    JsonNode pod = render(Map.of()).one("Deployment").at("/spec/template/spec");
    JsonNode container = pod.at("/containers/0");

    assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(container.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
    assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
    assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
    assertThat(container.at("/securityContext/capabilities/drop/0").asText()).isEqualTo("ALL");
    assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
    assertThat(pod.at("/volumes/0/name").asText())
        .isEqualTo(container.at("/volumeMounts/0/name").asText());
    assertThat(pod.at("/volumes/0/emptyDir").isObject()).isTrue();
  }

  @Test
  void podsAreScrapedByPrometheusAndSpreadSoftlyOverNodes() {
    JsonNode deployment = render(Map.of()).one("Deployment");
    JsonNode pod = deployment.at("/spec/template");

    assertThat(pod.at("/metadata/annotations/prometheus.io~1scrape").asText()).isEqualTo("true");
    assertThat(pod.at("/metadata/annotations/prometheus.io~1path").asText())
        .isEqualTo("/q/metrics");
    assertThat(pod.at("/metadata/annotations/prometheus.io~1port").asText()).isEqualTo("9000");
    JsonNode spread = pod.at("/spec/topologySpreadConstraints/0");
    assertThat(spread.at("/topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
    assertThat(spread.at("/whenUnsatisfiable").asText()).isEqualTo("ScheduleAnyway");
    assertThat(spread.at("/labelSelector/matchLabels"))
        .isEqualTo(deployment.at("/spec/selector/matchLabels"));
  }

  @Test
  void configurationChangesRollThePods() {
    String checksum = "/spec/template/metadata/annotations/checksum~1config";
    String before = render(Map.of()).one("Deployment").at(checksum).asText();
    String after =
        render(Map.of("postgresql.host", "db.other.internal"))
            .one("Deployment")
            .at(checksum)
            .asText();

    assertThat(before).matches("[0-9a-f]{64}");
    assertThat(after).matches("[0-9a-f]{64}").isNotEqualTo(before);
  }

  @Test
  void replicaCountSetsTheReplicas() {
    JsonNode deployment = render(Map.of("replicaCount", 3)).one("Deployment");

    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
  }

  @Test
  void flywayMigratesAsTheOwnerWhoseCredentialsHaveTheirOwnSecret() {
    Manifests manifests =
        render(
            Map.of(
                "postgresql.existingSecret", "cluster-app",
                "postgresql.owner.existingSecret", "cluster-owner",
                "postgresql.owner.usernameKey", "owner-user",
                "postgresql.owner.passwordKey", "owner-pass"));
    JsonNode container = container(manifests.one("Deployment"));

    assertSecretRef(container, "QUARKUS_DATASOURCE_USERNAME", "cluster-app", "username");
    assertSecretRef(container, "QUARKUS_FLYWAY_USERNAME", "cluster-owner", "owner-user");
    assertSecretRef(container, "QUARKUS_FLYWAY_PASSWORD", "cluster-owner", "owner-pass");
  }

  @Test
  void credentialsAreReadFromTheExistingSecretsNamedInValues() {
    Manifests manifests =
        render(
            Map.of(
                "postgresql.existingSecret", "cluster-app",
                "postgresql.usernameKey", "user",
                "postgresql.passwordKey", "pass",
                "keycloak.existingSecret", "oidc-clients",
                "keycloak.apiClientSecretKey", "api",
                "keycloak.portalClientSecretKey", "portal",
                "sessionKeys.existingSecret", "portal-keys",
                "sessionKeys.stateSecretKey", "state",
                "auditLog.existingSecret", "log-key",
                "auditLog.signingKeyKey", "ed25519"));
    JsonNode container = container(manifests.one("Deployment"));

    assertSecretRef(container, "QUARKUS_DATASOURCE_USERNAME", "cluster-app", "user");
    assertSecretRef(container, "QUARKUS_DATASOURCE_PASSWORD", "cluster-app", "pass");
    assertSecretRef(container, "CAREFILE_API_CLIENT_SECRET", "oidc-clients", "api");
    assertSecretRef(container, "CAREFILE_PORTAL_CLIENT_SECRET", "oidc-clients", "portal");
    assertSecretRef(container, "CAREFILE_STATE_SECRET", "portal-keys", "state");
    assertSecretRef(container, "CAREFILE_AUDIT_LOG_SIGNING_KEY", "log-key", "ed25519");
    assertThat(manifests.all("Secret")).as("the chart never creates a Secret").isEmpty();
  }

  @Test
  void configMapCarriesTheProductionConfigurationIntoTheEnvironment() {
    Manifests manifests =
        render(
            Map.of(
                "postgresql.host", "db.internal",
                "postgresql.port", 6432,
                "postgresql.database", "carefile_prod",
                "postgresql.sslmode", "verify-full",
                "keycloak.url", "https://sso.regulator.example/",
                "keycloak.realm", "regulator"));
    JsonNode configMap = manifests.one("ConfigMap");

    assertThat(configMap.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText())
        .isEqualTo("jdbc:postgresql://db.internal:6432/carefile_prod?sslmode=verify-full");
    assertThat(configMap.at("/data/CAREFILE_KEYCLOAK_URL").asText())
        .isEqualTo("https://sso.regulator.example");
    assertThat(configMap.at("/data/CAREFILE_KEYCLOAK_REALM").asText()).isEqualTo("regulator");
    assertThat(configMap.at("/data/CAREFILE_LOG_JSON").asText()).isEqualTo("true");
    assertThat(configMap.at("/data/CAREFILE_EMBEDDED_POSTGRES_ENABLED").asText())
        .isEqualTo("false");
    assertThat(configMap.at("/data/QUARKUS_PROFILE").asText()).isEqualTo("prod");
    assertThat(container(manifests.one("Deployment")).at("/envFrom/0/configMapRef/name").asText())
        .isEqualTo(configMap.at("/metadata/name").asText());
  }

  @Test
  void serviceForwardsItsPortToTheHttpContainerPort() {
    Manifests manifests = render(Map.of("service.port", 8081));
    JsonNode service = manifests.one("Service");

    assertThat(service.at("/spec/ports/0/port").asInt()).isEqualTo(8081);
    assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
    assertThat(service.at("/spec/selector"))
        .isEqualTo(manifests.one("Deployment").at("/spec/selector/matchLabels"));
  }

  @Test
  void autoscalingIsOffByDefault() {
    assertThat(render(Map.of()).all("HorizontalPodAutoscaler")).isEmpty();
  }

  @Test
  void autoscalingOwnsTheReplicaCountWhenEnabled() {
    Manifests manifests =
        render(
            Map.of(
                "autoscaling.enabled", true,
                "autoscaling.minReplicas", 3,
                "autoscaling.maxReplicas", 9,
                "autoscaling.targetCPUUtilizationPercentage", 60));
    JsonNode hpa = manifests.one("HorizontalPodAutoscaler");

    assertThat(hpa.at("/apiVersion").asText()).isEqualTo("autoscaling/v2");
    assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(3);
    assertThat(hpa.at("/spec/maxReplicas").asInt()).isEqualTo(9);
    assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
    assertThat(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(60);
    assertThat(hpa.at("/spec/scaleTargetRef/name").asText())
        .isEqualTo(manifests.one("Deployment").at("/metadata/name").asText());
    assertThat(manifests.one("Deployment").at("/spec").has("replicas")).isFalse();
  }

  @Test
  void disruptionBudgetKeepsOnePodAvailableByDefault() {
    JsonNode budget = render(Map.of()).one("PodDisruptionBudget");

    assertThat(budget.at("/apiVersion").asText()).isEqualTo("policy/v1");
    assertThat(budget.at("/spec/minAvailable").asInt()).isEqualTo(1);
    assertThat(budget.at("/spec").has("maxUnavailable")).isFalse();
  }

  @Test
  void disruptionBudgetCanLimitUnavailablePodsInstead() {
    JsonNode budget =
        render(
                Map.of(
                    "podDisruptionBudget.minAvailable", "",
                    "podDisruptionBudget.maxUnavailable", "25%"))
            .one("PodDisruptionBudget");

    assertThat(budget.at("/spec/maxUnavailable").asText()).isEqualTo("25%");
    assertThat(budget.at("/spec").has("minAvailable")).isFalse();
  }

  @Test
  void disruptionBudgetCanBeDisabled() {
    assertThat(render(Map.of("podDisruptionBudget.enabled", false)).all("PodDisruptionBudget"))
        .isEmpty();
  }

  @Test
  void theImageDefaultsToTheOneBinBuildImageTagsForThisVersion() throws IOException {
    String pomVersion =
        POM_VERSION
            .matcher(Files.readString(Path.of("pom.xml")))
            .results()
            .findFirst()
            .orElseThrow()
            .group(1);
    JsonNode container = container(render(Map.of()).one("Deployment"));

    assertThat(container.at("/image").asText())
        .isEqualTo("localhost/carefile:" + pomVersion.replaceFirst("-SNAPSHOT$", ""));
    assertThat(container.at("/imagePullPolicy").asText()).isEqualTo("IfNotPresent");
  }

  @Test
  void imageRepositoryTagAndPullPolicyComeFromValues() {
    JsonNode container =
        container(
            render(
                    Map.of(
                        "image.repository", "registry.regulator.example/carefile",
                        "image.tag", "0.2.0",
                        "image.pullPolicy", "Always"))
                .one("Deployment"));

    assertThat(container.at("/image").asText())
        .isEqualTo("registry.regulator.example/carefile:0.2.0");
    assertThat(container.at("/imagePullPolicy").asText()).isEqualTo("Always");
  }

  @Test
  void theBuiltInTemplatesOfTheImageAreUsedUnlessTheOperatorGivesTheirOwn() {
    Manifests manifests = render(Map.of());
    JsonNode pod = manifests.one("Deployment").at("/spec/template/spec");

    assertThat(manifests.one("ConfigMap").at("/data").has("CAREFILE_TEMPLATES_DIRECTORY"))
        .isFalse();
    assertThat(pod.at("/volumes"))
        .extracting(volume -> volume.at("/name").asText())
        .containsExactly("tmp");
  }

  @Test
  void anOperatorsTemplatesConfigMapIsMountedReadOnlyAtTheTemplatesDirectory() {
    Manifests manifests =
        render(
            Map.of(
                "templates.existingConfigMap", "regulator-templates",
                "templates.files[0].key", "CSAM-Q_v3.yaml",
                "templates.files[0].path", "CSAM-Q/v3.yaml",
                "templates.files[1].key", "ONLINE-SAFETY_v1.json",
                "templates.files[1].path", "ONLINE-SAFETY/v1.json"));
    JsonNode pod = manifests.one("Deployment").at("/spec/template/spec");
    JsonNode mount = pod.at("/containers/0/volumeMounts/1");
    JsonNode volume = pod.at("/volumes/1");

    String directory = manifests.one("ConfigMap").at("/data/CAREFILE_TEMPLATES_DIRECTORY").asText();
    assertThat(directory).isEqualTo("/etc/carefile/templates");
    assertThat(mount.at("/mountPath").asText()).isEqualTo(directory);
    assertThat(mount.at("/readOnly").asBoolean()).isTrue();
    assertThat(volume.at("/name").asText()).isEqualTo(mount.at("/name").asText());
    assertThat(volume.at("/configMap/name").asText()).isEqualTo("regulator-templates");
    assertThat(volume.at("/configMap/items"))
        .extracting(item -> item.at("/key").asText() + " -> " + item.at("/path").asText())
        .containsExactly(
            "CSAM-Q_v3.yaml -> CSAM-Q/v3.yaml", "ONLINE-SAFETY_v1.json -> ONLINE-SAFETY/v1.json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | templates.files is required with templates.existingConfigMap",
        "csam-q/v1.yaml | templates.files path must be CODE/vVERSION.yaml",
        "CSAM-Q/v0.yaml | templates.files path must be CODE/vVERSION.yaml",
        "CSAM-Q/v1.txt | templates.files path must be CODE/vVERSION.yaml",
        "../CSAM-Q/v1.yaml | templates.files path must be CODE/vVERSION.yaml"
      })
  void operatorTemplatesMustEachNameATemplateFilesPlace(String path, String message) {
    Map<String, Object> values =
        path.isEmpty()
            ? Map.of("templates.existingConfigMap", "regulator-templates")
            : Map.of(
                "templates.existingConfigMap", "regulator-templates",
                "templates.files[0].key", "template.yaml",
                "templates.files[0].path", path);

    assertThatThrownBy(() -> render(values)).hasMessageContaining(message);
  }

  @Test
  void everyEnvironmentVariableTheProdProfileRequiresIsSetByTheChart() {
    Set<String> required = ProductionSettings.requiredEnvironment();
    Manifests manifests = render(Map.of());
    Set<String> provided = new TreeSet<>();
    container(manifests.one("Deployment"))
        .at("/env")
        .forEach(entry -> provided.add(entry.at("/name").asText()));
    manifests.one("ConfigMap").at("/data").fieldNames().forEachRemaining(provided::add);

    assertThat(required)
        .as("what the prod profile needs, found in application.properties and @ConfigMapping")
        .contains(
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "CAREFILE_API_CLIENT_SECRET",
            "CAREFILE_PORTAL_CLIENT_SECRET",
            "CAREFILE_STATE_SECRET");
    assertThat(provided).containsAll(required);
  }

  @Test
  void credentialsReachTheContainerOnlyFromSecretsNeverAsLiterals() {
    Manifests manifests = render(Map.of());
    JsonNode container = container(manifests.one("Deployment"));

    List<JsonNode> credentials =
        StreamSupport.stream(container.at("/env").spliterator(), false)
            .filter(entry -> CREDENTIAL.matcher(entry.at("/name").asText()).find())
            .toList();
    assertThat(credentials)
        .extracting(entry -> entry.at("/name").asText())
        .contains("QUARKUS_DATASOURCE_PASSWORD", "CAREFILE_STATE_SECRET");
    assertThat(credentials)
        .allSatisfy(
            entry -> {
              assertThat(entry.has("value")).as(entry.at("/name").asText()).isFalse();
              assertThat(entry.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
            });
    assertThat(container.at("/env"))
        .filteredOn(entry -> entry.has("value"))
        .as("plain values")
        .allSatisfy(
            entry ->
                assertThat(CREDENTIAL.matcher(entry.at("/name").asText()).find())
                    .as(entry.at("/name").asText())
                    .isFalse());
    manifests
        .one("ConfigMap")
        .at("/data")
        .fieldNames()
        .forEachRemaining(key -> assertThat(CREDENTIAL.matcher(key).find()).as(key).isFalse());
    assertThat(container.at("/envFrom"))
        .allSatisfy(source -> assertThat(source.has("secretRef")).isFalse());
  }

  @Test
  void theSchemaRefusesAnExtraEnvironmentCredentialGivenAsALiteral() {
    assertThatThrownBy(
            () ->
                render(
                    Map.of(
                        "extraEnv[0].name", "SMTP_PASSWORD",
                        "extraEnv[0].value", "hunter2")))
        .hasMessageContaining("extraEnv");
    JsonNode extra =
        env(
            container(
                render(
                        Map.of(
                            "extraEnv[0].name", "SMTP_PASSWORD",
                            "extraEnv[0].valueFrom.secretKeyRef.name", "smtp",
                            "extraEnv[0].valueFrom.secretKeyRef.key", "password"))
                    .one("Deployment")),
            "SMTP_PASSWORD");
    assertThat(extra.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("smtp");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "imagee.tag | 1.0",
        "image.pullPolicy | Sometimes",
        "management.port | 70000",
        "postgresql.port | many",
        "replicaCount | 0"
      })
  void theSchemaRefusesValuesTheChartDoesNotKnowOrCannotUse(String key, String value) {
    assertThatThrownBy(() -> render(Map.of(key, value)))
        .hasMessageContaining("values don't meet the specifications of the schema");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "postgresql.host | '' | postgresql.host is required",
        "postgresql.database | '' | postgresql.database is required",
        "postgresql.sslmode | maybe | postgresql.sslmode must be one of",
        "postgresql.existingSecret | '' | postgresql.existingSecret is required",
        "postgresql.owner.existingSecret | '' | postgresql.owner.existingSecret is required",
        "keycloak.url | '' | keycloak.url is required",
        "keycloak.url | keycloak.test | keycloak.url must start with http:// or https://",
        "keycloak.existingSecret | '' | keycloak.existingSecret is required",
        "sessionKeys.existingSecret | '' | sessionKeys.existingSecret is required",
        "podDisruptionBudget.maxUnavailable | 1 | exactly one of minAvailable and maxUnavailable"
      })
  void invalidValuesFailWithAMessageNamingTheValue(String key, String value, String message) {
    assertThatThrownBy(() -> render(Map.of(key, value))).hasMessageContaining(message);
  }

  @Test
  void autoscalingRejectsAMinimumAboveTheMaximum() {
    assertThatThrownBy(
            () ->
                render(
                    Map.of(
                        "autoscaling.enabled", true,
                        "autoscaling.minReplicas", 5,
                        "autoscaling.maxReplicas", 2)))
        .hasMessageContaining("minReplicas=5 maxReplicas=2");
  }

  private static Manifests render(Map<String, Object> values) {
    TemplateCommand template =
        new Helm(CHART).template().withName(RELEASE).withKubeVersion(KUBERNETES_VERSION);
    values.forEach(template::set);
    String rendered = template.call();
    try {
      List<JsonNode> documents =
          YAML.readerFor(JsonNode.class).<JsonNode>readValues(rendered).readAll();
      // Templates that render nothing leave empty documents behind.
      return new Manifests(
          documents.stream().filter(document -> document != null && document.isObject()).toList());
    } catch (IOException e) {
      throw new IllegalStateException("helm template produced invalid YAML:\n" + rendered, e);
    }
  }

  private static JsonNode container(JsonNode deployment) {
    return deployment.at("/spec/template/spec/containers/0");
  }

  private static JsonNode env(JsonNode container, String name) {
    return StreamSupport.stream(container.at("/env").spliterator(), false)
        .filter(entry -> entry.at("/name").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no env entry " + name + " in " + container));
  }

  private static void assertSecretRef(
      JsonNode container, String envName, String secretName, String key) {
    JsonNode secretRef = env(container, envName).at("/valueFrom/secretKeyRef");
    assertThat(secretRef.at("/name").asText()).as(envName + " secret").isEqualTo(secretName);
    assertThat(secretRef.at("/key").asText()).as(envName + " key").isEqualTo(key);
  }

  /** The objects of one render, looked up by kind. */
  private record Manifests(List<JsonNode> documents) {

    List<JsonNode> all(String kind) {
      return documents.stream()
          .filter(document -> document.at("/kind").asText().equals(kind))
          .toList();
    }

    JsonNode one(String kind) {
      List<JsonNode> matches = all(kind);
      assertThat(matches).as("objects of kind %s", kind).hasSize(1);
      return matches.get(0);
    }
  }
}
