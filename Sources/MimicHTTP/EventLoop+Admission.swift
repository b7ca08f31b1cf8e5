import MimicHTTPTypes

extension EventLoop {
    /// A connection of this loop another loop claimed in the ledger, to be closed to make room for `newcomer`
    /// (nil when the room is for a descriptor, the process having run out).
    struct Eviction {
        let claim: ConnectionLedger.Claim
        let requester: Int
        let newcomer: Int32?
    }

    /// Whether the connection claimed to make room for `newcomer` was closed.
    struct Verdict {
        let newcomer: Int32
        let isClosed: Bool
    }

    /// Accepts a pending client, one per wake-up (the listener, level-triggered, is reported again while clients
    /// wait), and serves it or hands it to the loop serving the fewest connections: a loop woken for a burst of
    /// clients while the others are idle would otherwise take them all. When every place is taken, the
    /// connection of any loop waiting longest for a request head makes room (see ``makeRoom(for:attempt:)``).
    /// Running out of descriptors also closes a waiting connection, else pauses accepting.
    func acceptClient() {
        guard let client = Socket.acceptClient(group.listener) else {
            if SystemError.isResourceShortage(SystemError.current), !makeRoomForADescriptor() {
                acceptPausedUntil = clock.now.advanced(by: .milliseconds(100))
                listen(false)
            }
            return
        }
        if group.ledger.reserveConnection() {
            serve(client)
        } else {
            makeRoom(for: client, attempt: 0)
        }
    }

    /// Closes the connection waiting longest for a request head, of any loop, then admits `client`: at once when
    /// the connection is this loop's, else once its loop says it closed it (``admit(_:)``). A claimed connection
    /// that turns out to be busy (its loop reads what it had received first) is passed over for the next; after
    /// a few, or when none waits, the client is answered 503 (or closed at once, beyond `maxRefusedConnections`).
    private func makeRoom(for client: Int32, attempt: Int) {
        guard attempt < Self.admissionAttempts, let claim = group.ledger.claimLongestWaiting() else {
            return refuse(client)
        }
        guard claim.loop != index else {
            if closeIfStillWaiting(claim), group.ledger.reserveConnection() {
                serve(client)
            } else {
                makeRoom(for: client, attempt: attempt + 1)
            }
            return
        }
        pendingAdmissions[client] = attempt
        group.loop(claim.loop)?.post(Eviction(claim: claim, requester: index, newcomer: client))
    }

    /// Closes a waiting connection of any loop, when the process ran out of descriptors; false when none waits.
    private func makeRoomForADescriptor() -> Bool {
        guard let claim = group.ledger.claimLongestWaiting() else { return false }
        if claim.loop == index {
            _ = closeIfStillWaiting(claim)
        } else {
            group.loop(claim.loop)?.post(Eviction(claim: claim, requester: index, newcomer: nil))
        }
        return true
    }

    /// Closes the connection another loop claimed if it still waits, and tells that loop.
    func evict(_ eviction: Eviction) {
        let isClosed = closeIfStillWaiting(eviction.claim)
        guard let newcomer = eviction.newcomer else { return }
        group.loop(eviction.requester)?.post(Verdict(newcomer: newcomer, isClosed: isClosed))
    }

    /// Admits the client a claimed connection was closed for, or tries the next.
    func admit(_ verdict: Verdict) {
        guard let attempt = pendingAdmissions.removeValue(forKey: verdict.newcomer) else { return }
        if isStopping {
            Socket.closeDescriptor(verdict.newcomer)
        } else if verdict.isClosed, group.ledger.reserveConnection() {
            serve(verdict.newcomer)
        } else {
            makeRoom(for: verdict.newcomer, attempt: attempt + 1)
        }
    }

    /// Reads what the claimed connection received, then closes it if it still waits for a request head since
    /// the claim's time; true when it is closed (or was meanwhile).
    private func closeIfStillWaiting(_ claim: ConnectionLedger.Claim) -> Bool {
        guard let connection = connections[claim.descriptor] else { return true }
        if connection.phase == .reading { receive(connection) }
        guard connections[claim.descriptor] === connection else { return true }
        guard connection.isWaitingForHead, group.ledger.waitingSince(connection.waitingSince) == claim.waitingSince else {
            settle(connection)
            return false
        }
        closeConnection(connection)
        return true
    }

    /// Serves an admitted client here, or hands it to a loop serving fewer connections.
    private func serve(_ client: Int32) {
        let target = group.leastBusyLoop() ?? self
        guard target !== self, target.servedCount.load(ordering: .relaxed) < servedCount.load(ordering: .relaxed) else {
            servedCount.wrappingAdd(1, ordering: .relaxed)
            return open(client, isRefused: false)
        }
        target.post(adopting: client)
    }

    /// Serves a client another loop admitted (closes it when stopping).
    func adopt(_ client: Int32) {
        guard !isStopping else {
            Socket.closeDescriptor(client)
            group.ledger.releaseConnection()
            servedCount.wrappingSubtract(1, ordering: .relaxed)
            return
        }
        open(client, isRefused: false)
    }

    /// Answers the client 503 and closes it, or closes it at once beyond `maxRefusedConnections`.
    private func refuse(_ client: Int32) {
        guard group.ledger.reserveRefusal() else { return Socket.closeDescriptor(client) }
        open(client, isRefused: true)
    }

    /// Starts serving an accepted client, or (`isRefused`) answering it 503.
    private func open(_ client: Int32, isRefused: Bool) {
        let connection = Connection(descriptor: client, parser: HTTPRequestParser(configuration: parserConfiguration),
                                    now: clock.now, isRefused: isRefused)
        connection.deadline = requestDeadline(connection)
        connections[client] = connection
        if isRefused {
            let refusal = HTTPResponse(status: 503, text: "The server has too many connections.\n")
            send(refusal.serialized(date: date.now(), keepAlive: false, answering: nil), to: connection,
                 closeAfter: true)
        }
        settle(connection)
    }

    /// How many claimed connections a new client may find busy before it is refused.
    private static let admissionAttempts = 4
}
