{{/*
Names, labels and shared values. Component templates (gif-svc/deployment.yaml, ...) call the named templates
in _workload.tpl and _scaling.tpl with a dict: "context" (the root scope), "component" (the service name,
which is also its Kafka consumer group and image name) and "values" (that service's block of values.yaml).
*/}}

{{- define "framewise.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "framewise.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "framewise.namespace" -}}
{{- default .Release.Namespace .Values.namespaceOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "framewise.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name of one service's resources: <fullname>-<component>. Takes (dict "context" $ "component" "gif-svc"). */}}
{{- define "framewise.componentName" -}}
{{- printf "%s-%s" (include "framewise.fullname" .context | trunc 50 | trimSuffix "-") .component -}}
{{- end -}}

{{/* Name of one service's management Service: <fullname>-<component>-mgmt, at most 63 characters. */}}
{{- define "framewise.managementName" -}}
{{- printf "%s-mgmt" (include "framewise.componentName" . | trunc 58 | trimSuffix "-") -}}
{{- end -}}

{{/* Labels a component's pods are selected by. Takes (dict "context" $ "component" "gif-svc"). */}}
{{- define "framewise.selectorLabels" -}}
app.kubernetes.io/name: {{ include "framewise.name" .context }}
app.kubernetes.io/instance: {{ .context.Release.Name }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end -}}

{{/* Labels of every resource. Takes (dict "context" $ "component" "gif-svc"), component may be empty. */}}
{{- define "framewise.labels" -}}
helm.sh/chart: {{ include "framewise.chart" .context }}
{{ include "framewise.selectorLabels" . }}
app.kubernetes.io/part-of: framewise
app.kubernetes.io/version: {{ .context.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .context.Release.Service }}
{{- with .context.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* The image of one service. Takes (dict "context" $ "component" "gif-svc"). */}}
{{- define "framewise.image" -}}
{{- $image := .context.Values.image -}}
{{- $tag := default .context.Chart.AppVersion $image.tag -}}
{{- include "framewise.imageRef" (dict "context" .context "registry" $image.registry "repository" (printf "%s/%s" $image.repository .component) "tag" $tag) -}}
{{- end -}}

{{/*
registry/repository:tag, the registry being global.imageRegistry when set (a mirror for every image of the chart).
Takes (dict "context" $ "registry" … "repository" … "tag" …).
*/}}
{{- define "framewise.imageRef" -}}
{{- $registry := default .registry .context.Values.global.imageRegistry -}}
{{- if $registry -}}
{{- printf "%s/%s:%v" $registry .repository .tag -}}
{{- else -}}
{{- printf "%s:%v" .repository .tag -}}
{{- end -}}
{{- end -}}

{{- define "framewise.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "framewise.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the S3 keys: the user's existingSecret or the chart's own. */}}
{{- define "framewise.storage.secretName" -}}
{{- default (include "framewise.fullname" .) .Values.storage.existingSecret -}}
{{- end -}}

{{- define "framewise.storage.accessKeyKey" -}}
{{- ternary .Values.storage.existingSecretAccessKeyKey "storage-access-key" (not (empty .Values.storage.existingSecret)) -}}
{{- end -}}

{{- define "framewise.storage.secretKeyKey" -}}
{{- ternary .Values.storage.existingSecretSecretKeyKey "storage-secret-key" (not (empty .Values.storage.existingSecret)) -}}
{{- end -}}

{{/*
"true" when the services get static S3 keys: from storage.existingSecret, or both keys given. Otherwise none are set
and the AWS SDK's default credential chain signs (the pod's IAM role through the ServiceAccount, IRSA).
*/}}
{{- define "framewise.storage.staticKeys" -}}
{{- if or .Values.storage.existingSecret (and .Values.storage.accessKey .Values.storage.secretKey) -}}true{{- end -}}
{{- end -}}

{{/* The Secret holding the PostgreSQL password: the user's existingSecret or the chart's own. */}}
{{- define "framewise.postgresql.secretName" -}}
{{- default (include "framewise.fullname" .) .Values.postgresql.existingSecret -}}
{{- end -}}

{{- define "framewise.postgresql.passwordKey" -}}
{{- ternary .Values.postgresql.existingSecretPasswordKey "postgresql-password" (not (empty .Values.postgresql.existingSecret)) -}}
{{- end -}}

{{/* "true" when KEDA scales this component (keda.enabled and the component has a keda block). */}}
{{- define "framewise.kedaScaled" -}}
{{- if and .context.Values.keda.enabled .values.keda -}}true{{- end -}}
{{- end -}}

{{/* "true" when a plain HPA scales this component (its hpa is enabled and KEDA does not scale it). */}}
{{- define "framewise.hpaScaled" -}}
{{- if and (dig "autoscaling" "hpa" "enabled" false .values) (not (include "framewise.kedaScaled" .)) -}}true{{- end -}}
{{- end -}}

{{/* The Secret holding the SMTP password: the user's existingSecret or the chart's own. */}}
{{- define "framewise.mail.secretName" -}}
{{- default (include "framewise.fullname" .) .Values.gateway.mail.smtp.existingSecret -}}
{{- end -}}

{{- define "framewise.mail.passwordKey" -}}
{{- ternary .Values.gateway.mail.smtp.existingSecretPasswordKey "smtp-password" (not (empty .Values.gateway.mail.smtp.existingSecret)) -}}
{{- end -}}

{{/* "true" when the chart's own Secret holds the SMTP password (mail on, a password given, no existingSecret). */}}
{{- define "framewise.mail.chartPassword" -}}
{{- $smtp := .Values.gateway.mail.smtp -}}
{{- if and .Values.gateway.mail.enabled $smtp.password (not $smtp.existingSecret) -}}true{{- end -}}
{{- end -}}

{{/* "true" when Kafka clients authenticate with SASL (kafka.securityProtocol SASL_PLAINTEXT or SASL_SSL). */}}
{{- define "framewise.kafka.sasl" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{/* "true" when Kafka clients speak TLS (kafka.securityProtocol SSL or SASL_SSL). */}}
{{- define "framewise.kafka.tls" -}}
{{- if hasSuffix "SSL" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}

{{/* "true" when the chart's own Secret holds the SASL password (SASL on, a password given, no existingSecret). */}}
{{- define "framewise.kafka.chartPassword" -}}
{{- if and (include "framewise.kafka.sasl" .) .Values.kafka.sasl.password (not .Values.kafka.sasl.existingSecret) -}}true{{- end -}}
{{- end -}}

{{- define "framewise.kafka.passwordKey" -}}
{{- ternary .Values.kafka.sasl.existingSecretPasswordKey "kafka-sasl-password" (not (empty .Values.kafka.sasl.existingSecret)) -}}
{{- end -}}

{{/* Where a pod finds the Kafka CA certificate (kafka.tls.caSecret mounted there). */}}
{{- define "framewise.kafka.caPath" -}}
/etc/framewise/kafka-ca/{{ .Values.kafka.tls.caSecretKey }}
{{- end -}}

{{/*
The Kafka client settings every service takes as KAFKA_* variables (Quarkus hands every kafka.* setting to every
Kafka client of the service): the SASL JAAS line, whose password Kubernetes substitutes from the variable before it
($(VAR) expansion), and the CA to trust. Takes (dict "context" $ "secretName" …): the Secret holding the password.
Empty for PLAINTEXT.
*/}}
{{- define "framewise.kafka.env" -}}
{{- $ctx := .context -}}
{{- $kafka := $ctx.Values.kafka -}}
{{- if include "framewise.kafka.sasl" $ctx }}
{{- if not (or $kafka.sasl.existingSecret $kafka.sasl.password) }}
{{- fail "kafka.securityProtocol SASL_* needs kafka.sasl.password or kafka.sasl.existingSecret" }}
{{- end }}
{{- if not $kafka.sasl.username }}
{{- fail "kafka.securityProtocol SASL_* needs kafka.sasl.username" }}
{{- end }}
{{- $module := ternary "org.apache.kafka.common.security.plain.PlainLoginModule" "org.apache.kafka.common.security.scram.ScramLoginModule" (eq $kafka.sasl.mechanism "PLAIN") }}
- name: FRAMEWISE_KAFKA_SASL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .secretName }}
      key: {{ include "framewise.kafka.passwordKey" $ctx }}
- name: KAFKA_SASL_JAAS_CONFIG
  value: {{ printf "%s required username=\"%s\" password=\"$(FRAMEWISE_KAFKA_SASL_PASSWORD)\";" $module $kafka.sasl.username | quote }}
{{- end }}
{{- end -}}

{{/* The Secret a service reads the SASL password from: the user's existingSecret or the chart's own. */}}
{{- define "framewise.kafka.secretName" -}}
{{- default (include "framewise.fullname" .) .Values.kafka.sasl.existingSecret -}}
{{- end -}}

{{/* The volume and mount of the Kafka CA certificate, when one is given. Takes the root context. */}}
{{- define "framewise.kafka.caVolume" -}}
{{- if and (include "framewise.kafka.tls" .) .Values.kafka.tls.caSecret }}
- name: kafka-ca
  secret:
    secretName: {{ .Values.kafka.tls.caSecret }}
{{- end }}
{{- end -}}

{{- define "framewise.kafka.caMount" -}}
{{- if and (include "framewise.kafka.tls" .) .Values.kafka.tls.caSecret }}
- name: kafka-ca
  mountPath: /etc/framewise/kafka-ca
  readOnly: true
{{- end }}
{{- end -}}

{{/* The Secret with gateway-svc's accepted API keys: the user's existingSecret or the one the chart generates. */}}
{{- define "framewise.gateway.apiKeysSecret" -}}
{{- default (printf "%s-gateway-api-keys" (include "framewise.fullname" .)) .Values.gateway.apiKeys.existingSecret -}}
{{- end -}}

{{- define "framewise.gateway.apiKeysKey" -}}
{{- ternary .Values.gateway.apiKeys.existingSecretKey "api-keys" (not (empty .Values.gateway.apiKeys.existingSecret)) -}}
{{- end -}}
