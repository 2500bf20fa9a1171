/**
 * The growth module's services: the register extract, where members are missing, councils,
 * prospects, campaigns and their letters, figures and reminders. Reached from outside the module
 * by the demo data.
 */
@NamedInterface("application")
package lt.tinklas.growth.application;

import org.springframework.modulith.NamedInterface;
