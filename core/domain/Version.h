#pragma once

// The product's version (CMake's project(VERSION), the one place it is written) and the commit it was built from,
// for every program's --version and the packages. Linked only into the programs (target onewindow_version), so a new
// commit relinks them and nothing else.
namespace ow {

const char* productVersion(); // "0.1.0"
const char* productCommit();  // "0ace6e2f1b", "0ace6e2f1b+changes" for a build with uncommitted changes, or "unknown"

} // namespace ow
