/*
 * The payment form: the card is confirmed by the payment provider's script (Stripe.js, or the
 * stub's look-alike) straight from this browser; our server then only asks the provider how the
 * payment ended. A declined card is explained in the page's language, and the buyer may retry.
 */
(function () {
  'use strict';

  var form = document.getElementById('card-form');
  if (!form || typeof window.Stripe !== 'function') {
    return;
  }
  var stripe = window.Stripe(form.dataset.key);
  var card = stripe.elements().create('card');
  card.mount('#card-element');
  var button = document.getElementById('pay');
  var shown = document.getElementById('card-error');
  var paying = false;

  function explain(error) {
    var codes = [error.decline_code, error.code, error.type, 'other'];
    for (var i = 0; i < codes.length; i++) {
      if (!codes[i]) {
        continue;
      }
      var item = form.querySelector('#card-messages [data-code="' + CSS.escape(codes[i]) + '"]');
      if (item) {
        return item.textContent;
      }
    }
    return '';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (paying) {
      return;
    }
    paying = true;
    button.disabled = true;
    shown.hidden = true;
    stripe.confirmCardPayment(form.dataset.secret, {payment_method: {card: card}}).then(function (result) {
      if (result.error) {
        shown.textContent = explain(result.error);
        shown.hidden = false;
        paying = false;
        button.disabled = false;
        return;
      }
      form.submit();
    });
  });
})();
