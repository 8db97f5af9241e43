import Foundation
import HTTPTypes
import Hummingbird

/// The routes of the fake server: one handler per source, wrapped by the fault handling.
enum Routes {
  static func build(_ state: FakeMarketServer.State) -> Router<BasicRequestContext> {
    let router = Router()
    func route(
      _ path: String, _ handler: @escaping @Sendable (Request, Query, Fault) -> Reply
    ) {
      router.get(RouterPath("/:fault/" + path)) { request, context -> Response in
        var uri = request.uri.description
        if let key = request.headers[HTTPField.Name("x-cg-demo-api-key")!] {
          uri += " [x-cg-demo-api-key: \(key)]"
        }
        let seen = state.record(uri)
        let fault = Fault(rawValue: context.parameters.get("fault") ?? "ok") ?? .ok
        switch fault {
        case .rateLimitedOnce where !seen:
          return Reply(
            status: 429, contentType: "text/plain", body: "Too Many Requests",
            headers: ["Retry-After": "1"]
          ).response
        case .rateLimited:
          return Reply(
            status: 429, contentType: "text/plain", body: "Too Many Requests",
            headers: ["Retry-After": "0"]
          ).response
        case .rateLimitedLong:
          return Reply(
            status: 429, contentType: "text/plain", body: "Too Many Requests",
            headers: ["Retry-After": "3600"]
          ).response
        case .unavailableOnce where !seen, .unavailable:
          return Reply(status: 503, contentType: "text/plain", body: "Service Unavailable")
            .response
        case .slow:
          try await Task.sleep(nanoseconds: 3_000_000_000)
        case .html:
          return Reply(
            contentType: "text/html; charset=utf-8",
            body: "<!DOCTYPE html>\n<html><head><title>Error</title></head>"
              + "<body><h1>Something went wrong</h1></body></html>"
          ).response
        default: break
        }
        var reply = handler(request, Query(request), fault)
        switch fault {
        case .truncated: reply.body = String(reply.body.prefix(reply.body.count / 2))
        case .malformed:
          reply.body =
            reply.contentType.hasPrefix("text/csv")
            ? "observation_date,VALUE\n2026-01-05,abc\n" : "{\"unexpected\": \"shape\"}"
        default: break
        }
        return reply.response
      }
    }
    // A recorded body, served unchanged for any path and query under its name.
    router.get(RouterPath("/recorded/:name/**")) { request, context -> Response in
      _ = state.record(request.uri.description)
      let name = context.parameters.get("name") ?? ""
      guard let reply = state.recording(name) else {
        return Reply(status: 404, contentType: "text/plain", body: "no recording '\(name)'")
          .response
      }
      return reply.response
    }
    route("coinbase/products/:product/candles") { r, q, f in
      Sources.coinbase(state, product: r.uri.path.split(separator: "/")[3], q, f)
    }
    route("binance/api/v3/klines") { _, q, f in Sources.binance(state, q, f) }
    route("kraken/0/public/OHLC") { _, q, f in Sources.kraken(state, q, f) }
    route("yahoo/v8/finance/chart/:ticker") { r, q, f in
      Sources.yahoo(
        state, ticker: String(r.uri.path.split(separator: "/")[5]).removingPercentEncoding ?? "",
        q, f)
    }
    route("fred/graph/fredgraph.csv") { _, q, f in Sources.fredGraph(state, q, f) }
    route("fredapi/fred/series/observations") { _, q, f in Sources.fredAPI(state, q, f) }
    route("coinmetrics/v4/timeseries/asset-metrics") { _, q, f in
      Sources.coinMetrics(state, q, f)
    }
    route("coingecko/api/v3/coins/:coin/market_chart/range") { r, q, f in
      Sources.coinGecko(state, coin: String(r.uri.path.split(separator: "/")[5]), q, f)
    }
    return router
  }
}
