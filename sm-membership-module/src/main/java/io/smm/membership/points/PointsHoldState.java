package io.smm.membership.points;

/** Where a checkout's hold of points stands (public for the repository's queries, which name its constants). */
public enum PointsHoldState { HELD, CONFIRMED, RELEASED }
