package vn.gov.quangninh.cooperation.security;

/**
 * A department has a new name, published in the transaction that renames it: records that sort
 * by the name keep a copy of it.
 */
public record DepartmentRenamed(long departmentId, String nameVi) {}
