# The two commands a newcomer needs (see README.md); everything else is detail.
.PHONY: run test setup bench server examples

## make run: install what is missing, then start the desktop app in development mode.
run: setup
	@scripts/run-desktop.sh

## make examples: render the examples to PDFs with the command line.
examples: setup
	@scripts/run.sh

## make test: install what is missing, then run every check CI runs.
test: setup
	@scripts/test.sh

setup:
	@scripts/setup.sh

## make bench: the figures the issues ask for (release builds; several minutes).
bench: setup
	@bench/render-speed.sh
	@bench/render-peers.sh

## make server: run the companion server (a throwaway PostgreSQL when DATABASE_URL is unset).
server: setup
	@scripts/server-dev.sh
