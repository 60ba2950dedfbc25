/**
 * The records of status-svc's internal HTTP API, shared by status-svc (which serves them) and gateway-svc (which
 * reads them): one typed contract instead of two hand-kept copies. Not Kafka events: they are not on any topic.
 */
package io.framewise.events.api;
