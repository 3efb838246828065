/*
 * The yardstick of bench/network.sh: the least a user-space hop can cost. One thread, one epoll set, non-blocking
 * sockets, each chunk read and written at once (one wake-up per chunk, no allocation, no toxic), so what it adds to a
 * put is the hop itself: a loopback connection more, and the wake-ups and system calls of forwarding.
 *
 * usage: forwarder UPSTREAM_IPV4 UPSTREAM_PORT
 * Listens on 127.0.0.1 on a port of the kernel's choice, prints that port on a line of its own, and forwards every
 * connection to the upstream until its standard input ends: the benchmark holds the other end of that pipe, so its
 * end, even by SIGKILL, ends the forwarder. (Not PR_SET_PDEATHSIG: that fires when the thread that started the
 * forwarder ends, and .NET starts processes from thread-pool threads, which end when idle.)
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_FD 65536

static int peer[MAX_FD];

static void fast(int fd)
{
    int one = 1;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static void watch(int epoll, int fd)
{
    struct epoll_event event = { .events = EPOLLIN, .data.fd = fd };
    epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
}

static void pair(int epoll, int listener, const struct sockaddr_in *upstream)
{
    int client = accept(listener, NULL, NULL);
    int server = socket(AF_INET, SOCK_STREAM, 0);
    if (client < 0 || server < 0 || client >= MAX_FD || server >= MAX_FD
        || connect(server, (const struct sockaddr *)upstream, sizeof *upstream) != 0) {
        perror("forwarder: connect upstream");
        close(client);
        close(server);
        return;
    }

    fast(client);
    fast(server);
    peer[client] = server;
    peer[server] = client;
    watch(epoll, client);
    watch(epoll, server);
}

/* Reads what is there and writes it all to the peer; a full peer is waited for, as a bench's small puts never fill it. */
static void forward(int fd)
{
    static char buffer[65536];
    if (peer[fd] < 0) {
        return; /* closed earlier in this batch of events */
    }

    ssize_t read_bytes = read(fd, buffer, sizeof buffer);
    if (read_bytes < 0 && errno == EAGAIN) {
        return;
    }

    for (ssize_t written = 0; read_bytes > 0 && written < read_bytes;) {
        ssize_t n = write(peer[fd], buffer + written, (size_t)(read_bytes - written));
        if (n > 0) {
            written += n;
        } else if (n < 0 && errno == EAGAIN) {
            struct pollfd out = { .fd = peer[fd], .events = POLLOUT };
            poll(&out, 1, -1);
        } else {
            read_bytes = 0;
        }
    }

    if (read_bytes <= 0) {
        close(peer[fd]); /* closing a socket also takes it out of the epoll set */
        close(fd);
        peer[peer[fd]] = -1;
        peer[fd] = -1;
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: forwarder UPSTREAM_IPV4 UPSTREAM_PORT\n");
        return 2;
    }

    struct sockaddr_in upstream = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[2])) };
    struct sockaddr_in local = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t length = sizeof local;
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    if (inet_pton(AF_INET, argv[1], &upstream.sin_addr) != 1 || listener < 0
        || bind(listener, (struct sockaddr *)&local, sizeof local) != 0 || listen(listener, 128) != 0
        || getsockname(listener, (struct sockaddr *)&local, &length) != 0) {
        perror("forwarder: listen");
        return 1;
    }

    printf("%d\n", ntohs(local.sin_port));
    fflush(stdout);
    int epoll = epoll_create1(0);
    watch(epoll, listener);
    watch(epoll, STDIN_FILENO);
    struct epoll_event events[64];
    for (;;) {
        int ready = epoll_wait(epoll, events, 64, -1);
        for (int i = 0; i < ready; i++) {
            if (events[i].data.fd == STDIN_FILENO) {
                return 0;
            }

            if (events[i].data.fd == listener) {
                pair(epoll, listener, &upstream);
            } else {
                forward(events[i].data.fd);
            }
        }
    }
}
