import MimicHTTPTypes

extension EventLoop {
    /// Reacts to the events the poller reported for one connection.
    func service(_ connection: Connection, events: PollEvents) {
        if !events.isDisjoint(with: .failure) {
            closeConnection(connection)
            return
        }
        switch connection.phase {
        case .reading:
            if events.contains(.writable) { flush(connection) }
            if !events.isDisjoint(with: [.readable, .hangUp]), connection.phase == .reading {
                receive(connection)
            }
        case .writing, .streaming:
            flush(connection)
        case .draining:
            receive(connection)
        case .handling:
            break
        }
    }

    /// Reads what the connection received (one read), and parses it unless the connection is draining.
    func receive(_ connection: Connection) {
        let count = Socket.receive(connection.descriptor, into: readBuffer)
        if count < 0, SystemError.isTransient(SystemError.current) { return }
        guard count > 0 else {
            closeConnection(connection)
            return
        }
        guard connection.phase == .reading else { return }
        connection.parser.append(UnsafeRawBufferPointer(rebasing: readBuffer[..<count]))
        parseRequests(connection)
    }

    /// Parses what the connection buffered: dispatches the next complete request, answers `100 Continue`
    /// or a parse error, refuses a body beyond the budget, or sets the deadline of the wait for more bytes.
    /// Responses answered on the loop to pipelined requests are written together, once no complete request is
    /// left (see ``send(_:to:closeAfter:streaming:coalescing:)``).
    func parseRequests(_ connection: Connection) {
        defer { if connection.phase == .reading || connection.phase == .handling { write(connection) } }
        while connection.phase == .reading {
            do {
                let event = try connection.parser.next()
                let bodySize = if case .request(let request)? = event { request.body.count } else {
                    connection.parser.pendingBodySize
                }
                guard reserveBody(bodySize, for: connection) else {
                    refuse(connection, status: 503, reason: Self.overBudgetReason, headers: ["Retry-After": "1"])
                    return
                }
                switch event {
                case .request(let request)?:
                    dispatch(request, from: connection)
                case .continueExpected?:
                    connection.outgoing += Self.continueLine
                    flush(connection)
                case nil:
                    if connection.requestStarted == nil, connection.parser.hasPartialRequest {
                        connection.requestStarted = clock.now
                    }
                    connection.deadline = requestDeadline(connection)
                    return
                }
            } catch {
                refuse(connection, status: error.status, reason: error.description)
            }
        }
    }

    /// When a connection reading a request gives up: the idle timeout (a short one once stopping) after it
    /// began waiting when no request is started; else the header timeout while the head is incomplete,
    /// then the request timeout, both counted from the request's start.
    func requestDeadline(_ connection: Connection) -> ContinuousClock.Instant {
        guard let started = connection.requestStarted else {
            let idleTimeout = isStopping
                ? min(configuration.idleTimeout, Self.idleTimeoutWhenStopping) : configuration.idleTimeout
            return connection.waitingSince.advanced(by: .seconds(idleTimeout))
        }
        let limit = connection.parser.isReadingHead
            ? min(configuration.headerTimeout, configuration.requestTimeout) : configuration.requestTimeout
        return started.advanced(by: .seconds(limit))
    }

    /// Answers the request on the loop, or hands it to a worker when it may take long: a body of
    /// `largeBodySize` or more (on the one large-body thread), or any request when `handlerMayBlock`.
    private func dispatch(_ request: HTTPRequest, from connection: Connection) {
        connection.phase = .handling
        connection.deadline = nil
        connection.requestStarted = nil
        let descriptor = connection.descriptor
        let isLarge = request.body.count >= configuration.largeBodySize
        guard isLarge || configuration.handlerMayBlock else {
            if let completion = answer(request, with: group.handler(request), to: descriptor, onLoop: true) {
                schedule(completion, coalescing: true)
            }
            return
        }
        (isLarge ? group.largeBodyWorkers : group.workers).submit { [self] in
            if let completion = answer(request, with: group.handler(request), to: descriptor, onLoop: false) {
                post(completion)
            }
            if isLarge { FreedMemory.returnToSystem() }
        }
    }

    /// What answers `request` with `response` on the connection of `descriptor`; nil when the response's body
    /// is streamed, which a worker then sends (see ``send(_:streaming:answering:to:)``), one of the group's
    /// workers when this runs `onLoop`.
    private func answer(
        _ request: HTTPRequest, with response: HTTPResponse, to descriptor: Int32, onLoop: Bool
    ) -> Completion? {
        let due = response.delay > .zero ? clock.now.advanced(by: min(response.delay, Self.maxDelay)) : nil
        if let stream = response.bodyStream {
            guard response.fault != nil || !response.sendsBody(answering: request.method) else {
                guard onLoop else {
                    send(response, streaming: stream, answering: request, to: descriptor)
                    return nil
                }
                group.workers.submit { [self] in send(response, streaming: stream, answering: request, to: descriptor) }
                return nil
            }
            stream.close()
        }
        if let fault = response.fault {
            return Completion(descriptor: descriptor, head: response.bytes(for: fault, date: date.now()), body: [],
                              keepAlive: false, fault: fault, due: due)
        }
        let (head, body) = response.headAndBody(date: date.now(), answering: request.method)
        return Completion(descriptor: descriptor, head: head, body: body,
                          keepAlive: request.keepsConnectionAlive && !response.closesConnection, due: due)
    }

    /// Holds `size` bytes of the body budget for the connection's current request (more than it holds
    /// already); false, holding no more, when that would go beyond `bodyMemoryBudget`.
    private func reserveBody(_ size: Int, for connection: Connection) -> Bool {
        let extra = size - connection.reservedBodyBytes
        guard extra > 0 else { return true }
        guard group.ledger.reserveBody(extra) else { return false }
        connection.reservedBodyBytes = size
        return true
    }

    /// Gives back the body budget the connection held: its request is answered, or it is closed.
    private func releaseBody(of connection: Connection) {
        if connection.reservedBodyBytes > 0 { group.ledger.releaseBody(connection.reservedBodyBytes) }
        connection.reservedBodyBytes = 0
    }

    /// Answers `status` with `Connection: close`, then closes; `onRefusal` hears of it, with what was read
    /// of the request, on a worker (it may take a lock the handler holds, or log).
    private func refuse(_ connection: Connection, status: Int, reason: String, headers: HTTPHeaders = [:]) {
        if let onRefusal = group.onRefusal {
            let refusal = HTTPServer.Refusal(status: status, reason: reason, method: connection.parser.receivedMethod,
                                             target: connection.parser.receivedTarget)
            group.workers.submit { onRefusal(refusal) }
        }
        var response = HTTPResponse(status: status, text: reason + "\n", headers: headers)
        if let decorate = group.decorateRefusal { response = decorate(response, connection.parser.receivedFields) }
        send(response.serialized(date: date.now(), keepAlive: false, answering: nil), to: connection,
             closeAfter: true)
    }

    /// Queues a whole response, in `parts`, and writes what the socket takes now; with a `streaming` channel, only
    /// the start of a response whose body follows in pieces (see ``take(_:)``). `coalescing` (a response answered
    /// on the loop to a request parsed from the connection's buffer) leaves a keep-alive response queued, while
    /// less than ``coalescedBytes`` wait, for ``parseRequests(_:)`` to answer the next pipelined request and write
    /// both at once.
    func send(_ parts: [UInt8]..., to connection: Connection, closeAfter: Bool, streaming: StreamChannel? = nil,
              coalescing: Bool = false) {
        releaseBody(of: connection)
        for part in parts { connection.outgoing += part }
        connection.stream = streaming
        if coalescing, !closeAfter, streaming == nil, connection.outgoing.count - connection.sentCount < Self.coalescedBytes {
            connection.phase = .reading
            connection.waitingSince = clock.now
            return
        }
        connection.phase = streaming == nil ? .writing(closeAfter: closeAfter) : .streaming(closeAfter: closeAfter)
        connection.deadline = clock.now.advanced(by: .seconds(configuration.idleTimeout))
        flush(connection)
    }

    /// Writes what the socket takes of the bytes queued on a connection reading or handling a request; the rest
    /// waits for the socket to be writable (``Connection/pollEvents``).
    private func write(_ connection: Connection) {
        guard connection.sentCount < connection.outgoing.count else { return }
        flush(connection)
    }

    /// Writes pending bytes; once all are written, reads the next request, or shuts the connection.
    func flush(_ connection: Connection) {
        while connection.sentCount < connection.outgoing.count {
            guard let sent = Socket.sendAvailable(connection.descriptor, connection.outgoing[connection.sentCount...]) else {
                closeConnection(connection)
                return
            }
            if sent == 0 { return }
            connection.sentCount += sent
        }
        connection.outgoing.removeAll(keepingCapacity: connection.outgoing.capacity <= 64 * 1024)
        connection.sentCount = 0
        if case .streaming = connection.phase {
            // Waiting for the worker's next piece, which the upstream's own timeouts bound.
            connection.stream?.piecesWritten(connection.streamedPiecesQueued)
            connection.streamedPiecesQueued = 0
            connection.deadline = nil
            return
        }
        guard case .writing(let closeAfter) = connection.phase else { return }
        if closeAfter {
            Socket.shutdownWrite(connection.descriptor)
            connection.phase = .draining
            connection.deadline = clock.now.advanced(by: .seconds(min(2, configuration.requestTimeout)))
        } else {
            connection.phase = .reading
            connection.waitingSince = clock.now
            parseRequests(connection)
        }
    }

    /// Closes idle connections past their idle timeout, answers 408 to clients too slow to send a request
    /// head or a whole request (closes them silently when they sent nothing), and drops stalled writers
    /// and drained connections.
    func closeExpiredConnections() {
        let now = clock.now
        let expired = connections.values.filter { $0.deadline.map { $0 <= now } ?? false }
        for connection in expired {
            if connection.phase == .reading, connection.parser.hasPartialRequest {
                refuse(connection, status: 408, reason: "The request took too long to arrive.")
                settle(connection)
            } else {
                closeConnection(connection)
            }
        }
    }

    /// Closes the connection and forgets it; nothing happens when it is already closed.
    func closeConnection(_ connection: Connection) {
        guard connections[connection.descriptor] === connection else { return }
        releaseBody(of: connection)
        connection.stream?.cancel()
        group.ledger.publish(connection.descriptor, loop: index, waitingSince: nil)
        Socket.closeDescriptor(connection.descriptor)
        connections[connection.descriptor] = nil
        if connection.isRefused {
            group.ledger.releaseRefusal()
        } else {
            group.ledger.releaseConnection()
        }
    }

    /// The longest a response is held (``HTTPResponse/delay``): a minute.
    static let maxDelay = Duration.seconds(60)
    /// How long a connection idle between requests is kept once stopping, for a request on its way.
    private static let idleTimeoutWhenStopping = 0.25
    private static let overBudgetReason = "The server is receiving too many request bodies; retry later."
    /// The most response bytes queued on a connection while its pipelined requests are answered.
    static let coalescedBytes = 64 * 1024
    private static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
}
