#pragma once

// Child processes for tests that run the real executables: run to completion, or start and kill -9.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace ow::testing {

struct ProcessResult {
    int exitCode = -1; // -1: killed or did not finish
    std::string out;
    std::string err;
};

class Process {
public:
    // Starts `args[0]` with `args`; stdin gets `input`, stdout and stderr are collected.
    explicit Process(const std::vector<std::string>& args, const std::string& input = {}) {
        int in[2], out[2], err[2];
        if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0)
            throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, in[0], 0);
        posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]})
            posix_spawn_file_actions_addclose(&actions, fd);
        std::vector<char*> argv;
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        if (posix_spawn(&m_pid, args[0].c_str(), &actions, nullptr, argv.data(), environ) != 0)
            throw std::runtime_error("cannot start " + args[0]);
        posix_spawn_file_actions_destroy(&actions);
        close(in[0]);
        close(out[1]);
        close(err[1]);
        if (!input.empty() && write(in[1], input.data(), input.size()) < 0)
            throw std::runtime_error("cannot write to " + args[0]);
        close(in[1]);
        m_out = out[0];
        m_err = err[0];
        fcntl(m_out, F_SETFL, O_NONBLOCK);
        fcntl(m_err, F_SETFL, O_NONBLOCK);
    }
    ~Process() {
        if (m_pid > 0 && !m_done) {
            ::kill(m_pid, SIGKILL);
            wait(std::chrono::seconds(5));
        }
        close(m_out);
        close(m_err);
    }
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    pid_t pid() const { return m_pid; }
    void kill9() { ::kill(m_pid, SIGKILL); }
    // What the running process wrote so far (read now, so that a long-running child never blocks on a full pipe).
    const ProcessResult& poll() {
        drain();
        return m_result;
    }

    // Waits for the end (collecting output); exitCode -1 when it was killed or the time ran out.
    ProcessResult wait(std::chrono::milliseconds limit = std::chrono::minutes(2)) {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (!m_done) {
            drain();
            int status = 0;
            const pid_t r = waitpid(m_pid, &status, WNOHANG);
            if (r == m_pid) {
                m_done = true;
                m_result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
                break;
            }
            if (std::chrono::steady_clock::now() > until) {
                ::kill(m_pid, SIGKILL);
                waitpid(m_pid, &status, 0);
                m_done = true;
                m_result.exitCode = -1;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        drain();
        return m_result;
    }

    static ProcessResult run(const std::vector<std::string>& args, const std::string& input = {},
                             std::chrono::milliseconds limit = std::chrono::minutes(2)) {
        Process p(args, input);
        return p.wait(limit);
    }

private:
    void drain() {
        char buffer[4096];
        for (auto [fd, into] : {std::pair{m_out, &m_result.out}, std::pair{m_err, &m_result.err}}) {
            ssize_t n;
            while ((n = read(fd, buffer, sizeof buffer)) > 0)
                into->append(buffer, static_cast<std::size_t>(n));
        }
    }

    pid_t m_pid = -1;
    int m_out = -1, m_err = -1;
    bool m_done = false;
    ProcessResult m_result;
};

} // namespace ow::testing
