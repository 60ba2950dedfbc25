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
{{- if $image.registry -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repository .component $tag -}}
{{- else -}}
{{- printf "%s/%s:%s" $image.repository .component $tag -}}
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
