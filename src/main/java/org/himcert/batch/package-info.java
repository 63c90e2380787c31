/**
 * Not API: runs a job over a stream of contract records, on all cores, one output record per input record in input
 * order, for the command line and the service.
 */
package org.himcert.batch;
