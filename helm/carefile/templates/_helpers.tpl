{{/* Chart name, truncated to the 63 characters of a DNS label. */}}
{{- define "carefile.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-qualified name; the release name alone when it already contains the chart name. */}}
{{- define "carefile.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "carefile.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "carefile.labels" -}}
helm.sh/chart: {{ include "carefile.chart" . }}
{{ include "carefile.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Immutable on a Deployment: never add labels that change between releases. */}}
{{- define "carefile.selectorLabels" -}}
app.kubernetes.io/name: {{ include "carefile.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "carefile.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "carefile.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "carefile.image" -}}
{{- $repository := required "image.repository is required" .Values.image.repository }}
{{- printf "%s:%s" $repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "carefile.jdbcUrl" -}}
{{- $pg := .Values.postgresql }}
{{- $host := required "postgresql.host is required: the hostname of the external PostgreSQL server" $pg.host }}
{{- $port := required "postgresql.port is required" $pg.port }}
{{- $database := required "postgresql.database is required" $pg.database }}
{{- $sslModes := list "disable" "allow" "prefer" "require" "verify-ca" "verify-full" }}
{{- if not (has $pg.sslmode $sslModes) }}
{{- fail (printf "postgresql.sslmode must be one of %s, got %q" (join ", " $sslModes) (toString $pg.sslmode)) }}
{{- end }}
{{- printf "jdbc:postgresql://%s:%v/%s?sslmode=%s" $host $port $database $pg.sslmode }}
{{- end }}

{{- define "carefile.keycloakUrl" -}}
{{- $url := required "keycloak.url is required: the base URL of the external Keycloak" .Values.keycloak.url }}
{{- if not (regexMatch "^https?://" $url) }}
{{- fail (printf "keycloak.url must start with http:// or https://, got %q" $url) }}
{{- end }}
{{- trimSuffix "/" $url }}
{{- end }}

{{/* An env entry read from an existing Secret; args: env var name, Secret name, key, values path of the Secret. */}}
{{- define "carefile.secretEnv" -}}
{{- $envName := index . 0 }}
{{- $secretName := index . 1 }}
{{- $key := index . 2 }}
{{- $valuesPath := index . 3 -}}
- name: {{ $envName }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "%s.existingSecret is required: the chart creates no Secret" $valuesPath) $secretName }}
      key: {{ required (printf "the Secret key for %s in %s.existingSecret is required" $envName $valuesPath) $key }}
{{- end }}

{{/* Where the operator's own return templates are mounted; the built-in ones stay in the image. */}}
{{- define "carefile.templatesDirectory" -}}
/etc/carefile/templates
{{- end }}

{{/* The items of the operator's templates ConfigMap, each checked to be a template file's place. */}}
{{- define "carefile.templateItems" -}}
{{- $files := .Values.templates.files }}
{{- if not $files }}
{{- fail "templates.files is required with templates.existingConfigMap: the key and path (CODE/vVERSION.yaml) of every template file in it" }}
{{- end }}
{{- range $files }}
{{- if not (regexMatch "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*/v[1-9][0-9]*\\.(yaml|yml|json)$" (toString .path)) }}
{{- fail (printf "templates.files path must be CODE/vVERSION.yaml (or .yml, .json), got %q" (toString .path)) }}
{{- end }}
- key: {{ required "templates.files key is required: the ConfigMap key holding the file" .key | quote }}
  path: {{ .path | quote }}
{{- end }}
{{- end }}
