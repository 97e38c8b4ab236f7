# Multi-stage build: compile in the Rust image, run in a slim Debian as a non-root user.
# rules/ and locales/ are copied into the image; NGO staff can also mount their own over them.
FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY benches ./benches
# Migrations are embedded in the binary at compile time.
COPY migrations ./migrations
RUN cargo build --release --locked --bin ogoh

# Tesseract reads photos of offers (src/ocr.rs); without it ogoh still runs and asks for text.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
       tesseract-ocr tesseract-ocr-rus tesseract-ocr-uzb tesseract-ocr-uzb-cyrl \
       tesseract-ocr-tgk tesseract-ocr-kir tesseract-ocr-kaz tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin ogoh \
    && mkdir -p /app /data \
    && chown ogoh:ogoh /data
WORKDIR /app
COPY --from=build /src/target/release/ogoh /usr/local/bin/ogoh
COPY rules ./rules
COPY locales ./locales
COPY examples ./examples
# Conversations and statistics live here (SQLite by default); keep it on a volume.
VOLUME /data
ENV OGOH_RULES_DIR=/app/rules \
    OGOH_LOCALES_DIR=/app/locales \
    DATABASE_URL=sqlite:///data/ogoh.db \
    OGOH_DATA_DIR=/data \
    OGOH_BIND=0.0.0.0:8080
USER ogoh
EXPOSE 8080
ENTRYPOINT ["ogoh"]
CMD ["serve"]
