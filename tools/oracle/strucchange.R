#!/usr/bin/env Rscript
# Bai–Perron fixtures: R strucchange::breakpoints and the sup-F test (Fstats + sctest).
#
# Cases (h = 0.15, strucchange's default; breaks = NULL, the number chosen by BIC):
#   nile      Nile ~ 1 (datasets::Nile, the package's own example; documented break at 28)
#   ethrut_a  returnA ~ returnB, rows 1..600 of Fixtures/oracle/pelt_ETH_RUT.csv
#   ethrut_b  returnA ~ returnB, the last 500 rows of the same file
#   ethrut_w  weekly: 100·returnA ~ 100·returnB of Fixtures/oracle/pair_ETH_RUT_weekly_log_w26.csv
# Writes Fixtures/oracle/bp_<case>.csv (y[,x]) and bp_cases.json: the BIC-chosen breakpoints
# (1-based, the last observation of each segment), the optimal breakpoints for each number of
# breaks 1..M (byBreaks), RSS and BIC for 0..M breaks, the sup-F statistic, its breakpoint and
# p-value (Hansen 1997 approximation), and the p-value table rows strucchange uses for k = 1, 2
# regressors (sc.beta.sup), which Sources/DecoupleStats/SupFPValue.swift embeds.
#
# Run from the repository root:  Rscript tools/oracle/strucchange.R
suppressMessages(library(strucchange))
out <- file.path("Tests", "TestSupport", "Fixtures", "oracle")
pe <- read.csv(file.path(out, "pelt_ETH_RUT.csv"))
wk <- read.csv(file.path(out, "pair_ETH_RUT_weekly_log_w26.csv"))

num <- function(v) ifelse(is.na(v), "null", formatC(v, digits = 17, format = "g"))
vec <- function(v) paste0("[", paste(num(v), collapse = ", "), "]")

cases <- list(
  nile = list(y = as.numeric(Nile), x = NULL),
  ethrut_a = list(y = pe$returnA[1:600], x = pe$returnB[1:600]),
  ethrut_b = list(y = tail(pe$returnA, 500), x = tail(pe$returnB, 500)),
  ethrut_w = list(y = 100 * wk$returnA, x = 100 * wk$returnB)
)

json <- c("{", sprintf(' "strucchange": "%s",', packageVersion("strucchange")), ' "cases": [')
for (name in names(cases)) {
  cs <- cases[[name]]
  y <- cs$y
  if (is.null(cs$x)) {
    write.csv(data.frame(y = sprintf("%.17g", y)), file.path(out, paste0("bp_", name, ".csv")),
              row.names = FALSE, quote = FALSE)
    bp <- breakpoints(y ~ 1, h = 0.15)
    fs <- Fstats(y ~ 1, from = 0.15)
  } else {
    x <- cs$x
    write.csv(data.frame(y = sprintf("%.17g", y), x = sprintf("%.17g", x)),
              file.path(out, paste0("bp_", name, ".csv")), row.names = FALSE, quote = FALSE)
    bp <- breakpoints(y ~ x, h = 0.15)
    fs <- Fstats(y ~ x, from = 0.15)
  }
  s <- summary(bp)
  M <- ncol(s$RSS) - 1
  by <- sapply(1:M, function(m) vec(breakpoints(bp, breaks = m)$breakpoints))
  test <- sctest(fs, type = "supF")
  json <- c(json, "  {", sprintf('   "name": "%s", "n": %d, "h": %d,', name, length(y),
                                 floor(0.15 * length(y))),
            sprintf('   "breakpoints": %s,', if (all(is.na(bp$breakpoints))) "[]" else vec(bp$breakpoints)),
            sprintf('   "byBreaks": [%s],', paste(by, collapse = ", ")),
            sprintf('   "rss": %s,', vec(s$RSS["RSS", ])),
            sprintf('   "bic": %s,', vec(s$RSS["BIC", ])),
            sprintf('   "supF": %s, "supFBreakpoint": %d, "supFPValue": %s, "lambda": %s',
                    num(unname(test$statistic)), fs$breakpoint, num(test$p.value), num(fs$par)),
            if (name == tail(names(cases), 1)) "  }" else "  },")
}
beta <- strucchange:::sc.beta.sup
json <- c(json, " ],", sprintf(' "scBetaSupK1": [%s],',
  paste(apply(beta[1:25, ], 1, vec), collapse = ", ")),
  sprintf(' "scBetaSupK2": [%s]', paste(apply(beta[26:50, ], 1, vec), collapse = ", ")), "}")
writeLines(json, file.path(out, "bp_cases.json"))
cat("strucchange", as.character(packageVersion("strucchange")), "\n")
