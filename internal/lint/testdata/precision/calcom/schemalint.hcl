# Cal.com: a row belongs to a user or to a team (teamId is optional on
# EventType, Workflow, Webhook…), so there is no single tenant column to
# declare; the project is here for its views: RoutingFormResponse,
# BookingTimeStatus and BookingTimeStatusDenormalized, defined by CREATE VIEW
# in the migrations and read by the insights pages.

schema {
  paths = ["packages/prisma/schema.prisma"]
}
