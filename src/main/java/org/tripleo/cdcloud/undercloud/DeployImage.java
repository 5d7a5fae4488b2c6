package org.tripleo.cdcloud.undercloud;

/**
 * The image a node is deployed with.
 *
 * @param source the image URL (or Glance id) Ironic writes to the disk
 * @param checksum the image's checksum (md5, or {@code algo:hex})
 * @param rootDevice the root device hint, a device name such as {@code /dev/sda}, or null
 * to let Ironic choose
 */
public record DeployImage(String source, String checksum, String rootDevice) {

}
