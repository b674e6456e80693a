# syntax=docker/dockerfile:1
#
# schemalint in a container, for GitLab and other CIs:
#
#   docker build -t schemalint .
#   docker run --rm -v "$PWD:/src" -w /src schemalint check
#
# Base images are pinned by tag. Pin them by digest too (name:tag@sha256:…)
# where the registry can be reached to resolve one, and let a bot bump them.

ARG GO_VERSION=1.26
ARG ALPINE_VERSION=3.22

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd ./cmd
COPY internal ./internal
COPY rules ./rules
ARG VERSION=dev
# pg_query_go compiles PostgreSQL's parser in C, so cgo stays on. The binary
# is linked statically: netgo and osusergo keep DNS and user lookups in Go,
# so nothing needs glibc's NSS at run time, and the binary runs on any base.
# -trimpath and a fixed version make the build reproducible.
ENV CGO_ENABLED=1
RUN go build -trimpath -tags netgo,osusergo \
      -ldflags "-s -w -linkmode external -extldflags -static -X github.com/schemalint/schemalint/internal/cli.Version=${VERSION}" \
      -o /out/schemalint ./cmd/schemalint \
 && /out/schemalint version

# git is there for --base (breaking-change rules read the base commit with
# it); safe.directory lets git read a checkout owned by another user, as
# bind mounts and GitHub's /github/workspace are.
FROM alpine:${ALPINE_VERSION}
RUN apk add --no-cache git \
 && git config --system --add safe.directory /github/workspace \
 && git config --system --add safe.directory /src \
 && addgroup -S -g 10001 schemalint \
 && adduser -S -D -H -u 10001 -G schemalint schemalint
COPY --from=build /out/schemalint /usr/local/bin/schemalint
USER 10001:10001
WORKDIR /src
ENTRYPOINT ["schemalint"]
CMD ["check"]
