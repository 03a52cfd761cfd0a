// The projector page's own script: it listens to the room's stream of server-sent events and
// puts each new state of the room in place. The browser never polls: the server sends when the
// room changes, and a comment now and then to keep the connection open.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var room = document.getElementById("room");
  if (!room || !window.EventSource) {
    return;
  }
  var since = encodeURIComponent(room.dataset.since || "");
  var stream = new EventSource(room.dataset.events + "?since=" + since);

  stream.addEventListener("room", function (event) {
    room.innerHTML = event.data;
    room.dataset.since = event.lastEventId;
  });
  // The room closed: its final state is on the wall; nothing more will come.
  stream.addEventListener("ended", function () {
    stream.close();
  });
  // The session ended (signed out, expired, the role revoked): the page leaves the wall.
  stream.addEventListener("signed-out", function (event) {
    stream.close();
    window.location.assign(event.data);
  });
  stream.addEventListener("error", function () {
    // Refused rather than cut (the session is gone): reloading leads to the way in.
    if (stream.readyState === EventSource.CLOSED) {
      window.location.reload();
    }
  });
});
