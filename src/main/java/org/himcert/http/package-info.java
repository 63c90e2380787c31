/**
 * Not API: the service ({@code himcert serve}), the JSON contract over HTTP on Jetty, with its security, limits and
 * operations endpoints, and the advisor's page.
 */
package org.himcert.http;
