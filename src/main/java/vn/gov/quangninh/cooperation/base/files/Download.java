package vn.gov.quangninh.cooperation.base.files;

import java.io.InputStream;

/** A document's bytes on their way to an authorised user; whoever receives it closes the stream. */
public record Download(String fileName, String contentType, long size, InputStream content) {}
